//! `xlavit devices`: which plugin, which platform, which devices.

use crate::runtime::{Client, DeviceKind};
use anyhow::Result;
use std::path::Path;

/// What the plugin is, why it was chosen, and the devices it presents.
pub fn run(client: &Client, kind: DeviceKind, explicit_plugin: Option<&Path>, distributed: Option<&crate::runtime::Distributed>) -> Result<()> {
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
    if let Some(d) = distributed {
        let (global, local) = (client.global_device_count()?, client.addressable_device_count());
        println!("process {} of {}: {global} device(s) in all, {local} of them here", d.node_id, d.num_nodes);
        if d.num_nodes > 1 && global == local {
            anyhow::bail!(
                "the plugin did not form a client across {} processes: it shows only this process's {local} device(s) \
                 (it ignores the key-value store; README, Several hosts)",
                d.num_nodes
            );
        }
    }
    Ok(())
}
