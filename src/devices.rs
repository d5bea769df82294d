//! `xlavit devices`: which plugin, which platform, which devices.

use crate::runtime::{Client, DeviceKind};
use anyhow::Result;
use std::path::Path;

/// What the plugin is, why it was chosen, and the devices it presents.
pub fn run(client: &Client, kind: DeviceKind, explicit_plugin: Option<&Path>) -> Result<()> {
    let plugin = client.plugin();
    let (major, minor) = plugin.api_version();
    println!("plugin:   {}", plugin.path().display());
    if let Ok((_, why)) = crate::runtime::locate_plugin_with_reason(kind, explicit_plugin) {
        println!("chosen:   {why}");
    }
    println!("PJRT API: {major}.{minor}");
    println!("platform: {} ({})", client.platform_name()?, client.platform_version()?);
    for d in client.devices()? {
        println!("device {}: {} ({})", d.id, d.kind, d.debug_string);
    }
    Ok(())
}
