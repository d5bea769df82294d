//! Conveniences over buffers for one-off calls: host tensors in, host tensors out.

use super::{locate_plugin, Arg, Client, ClientOptions, DeviceKind, Executable, Plugin};
use crate::host::HostTensor;
use anyhow::Result;

/// Uploads `inputs` to device 0, runs `exe` (donating what the program donates) and downloads every output.
pub fn run_host(client: &Client, exe: &Executable, inputs: &[HostTensor]) -> Result<Vec<HostTensor>> {
    let program = exe.signature().clone();
    let bufs = inputs.iter().map(|h| client.to_device(h, 0)).collect::<Result<Vec<_>>>()?;
    let mut args = vec![];
    let mut borrowed = vec![];
    for (i, b) in bufs.into_iter().enumerate() {
        if program.is_donated(i) {
            args.push((i, Some(b)));
        } else {
            borrowed.push((i, b));
            args.push((i, None));
        }
    }
    let mut borrowed_iter = borrowed.iter();
    let args: Vec<Arg> = args
        .into_iter()
        .map(|(_, b)| match b {
            Some(b) => Arg::Donate(b),
            None => Arg::Borrow(&borrowed_iter.next().unwrap().1),
        })
        .collect();
    exe.execute(args)?.iter().map(|b| b.to_host()).collect()
}

/// A client on the CPU plugin found the usual way (tests and examples).
pub fn cpu_client_for_tests() -> Result<Client> {
    let plugin = Plugin::load(locate_plugin(DeviceKind::Cpu, None)?)?;
    Client::new(plugin, &ClientOptions::default())
}
