//! Multi-process clients: the etcd-backed key-value store (against a real etcd the test
//! starts), the three C callbacks a plugin calls (through the C ABI, as a plugin calls them),
//! and what `xlavit devices --coordinator` does with a CPU plugin, which cannot span processes.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use xlavit::runtime::kv_store::{through_c, EtcdStore, KeyValueStore};

/// An etcd on free local ports, in a temporary folder; killed when dropped.
struct Etcd {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Etcd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_etcd() -> Etcd {
    let dir = tempfile::tempdir().unwrap();
    let (client, peer) = (free_port(), free_port());
    let url = format!("http://127.0.0.1:{client}");
    let child = Command::new("etcd")
        .args(["--data-dir", dir.path().to_str().unwrap(), "--listen-client-urls", &url, "--advertise-client-urls", &url])
        .args(["--listen-peer-urls", &format!("http://127.0.0.1:{peer}"), "--initial-advertise-peer-urls", &format!("http://127.0.0.1:{peer}")])
        .args(["--initial-cluster", &format!("default=http://127.0.0.1:{peer}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("etcd (Debian's etcd-server) must be installed: run scripts/install_deps.sh");
    let etcd = Etcd { child, url, _dir: dir };
    let probe = EtcdStore::new(&etcd.url).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while probe.try_get("probe").is_err() {
        assert!(Instant::now() < deadline, "etcd did not start at {}", etcd.url);
        std::thread::sleep(Duration::from_millis(50));
    }
    etcd
}

#[test]
fn etcd_store_puts_gets_waits_and_keeps_prefixes_apart() {
    let etcd = start_etcd();
    let a = EtcdStore::new(&format!("{}/run1", etcd.url)).unwrap();
    let b = EtcdStore::new(&format!("{}/run1/", etcd.url)).unwrap();
    let other = EtcdStore::new(&format!("{}/run2", etcd.url)).unwrap();

    assert_eq!(a.try_get("topology/0").unwrap(), None);
    let bytes: Vec<u8> = (0..=255u8).collect();
    a.put("topology/0", &bytes).unwrap();
    assert_eq!(b.try_get("topology/0").unwrap(), Some(bytes.clone()), "a second client of the same run sees the value");
    assert_eq!(other.try_get("topology/0").unwrap(), None, "another run's prefix does not");
    a.put("empty", b"").unwrap();
    assert_eq!(b.try_get("empty").unwrap(), Some(vec![]));

    // A blocking get returns once another process (here: thread) puts the key...
    let writer = std::thread::spawn({
        let url = format!("{}/run1", etcd.url);
        move || {
            std::thread::sleep(Duration::from_millis(300));
            EtcdStore::new(&url).unwrap().put("late", b"here").unwrap();
        }
    });
    let t = Instant::now();
    assert_eq!(b.get("late", Duration::from_secs(10)).unwrap(), Some(b"here".to_vec()));
    assert!(t.elapsed() >= Duration::from_millis(250), "returned before the put: {:?}", t.elapsed());
    writer.join().unwrap();
    // ...and gives up after its timeout.
    let t = Instant::now();
    assert_eq!(b.get("never", Duration::from_millis(300)).unwrap(), None);
    assert!(t.elapsed() >= Duration::from_millis(300) && t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
}

#[test]
fn etcd_store_errors_name_the_endpoint() {
    let url = format!("http://127.0.0.1:{}", free_port());
    let err = format!("{:#}", EtcdStore::new(&url).unwrap().put("k", b"v").unwrap_err());
    assert!(err.contains(&format!("etcd at {url}: put")), "{err}");
    let err = format!("{:#}", EtcdStore::new("ftp://host:1").err().unwrap());
    assert!(err.contains("expected http://HOST:PORT[/PREFIX]"), "{err}");
}

/// A store in memory, and one whose every call fails.
#[derive(Default)]
struct Memory(Mutex<HashMap<String, Vec<u8>>>);
impl KeyValueStore for Memory {
    fn put(&self, key: &str, value: &[u8]) -> anyhow::Result<()> {
        self.0.lock().unwrap().insert(key.to_string(), value.to_vec());
        Ok(())
    }
    fn try_get(&self, key: &str) -> anyhow::Result<Option<Vec<u8>>> {
        Ok(self.0.lock().unwrap().get(key).cloned())
    }
}
struct Broken;
impl KeyValueStore for Broken {
    fn put(&self, _: &str, _: &[u8]) -> anyhow::Result<()> {
        anyhow::bail!("down")
    }
    fn try_get(&self, _: &str) -> anyhow::Result<Option<Vec<u8>>> {
        anyhow::bail!("down")
    }
}

/// What the plugin sees through the callbacks: values with their deleter, and the error codes
/// the header asks for (NOT_FOUND from try_get, a deadline from get).
#[test]
fn callbacks_answer_a_plugin_as_the_header_says() {
    let etcd = start_etcd();
    let stores: Vec<Arc<dyn KeyValueStore>> = vec![Arc::new(Memory::default()), Arc::new(EtcdStore::new(&format!("{}/abi", etcd.url)).unwrap())];
    for store in stores {
        assert_eq!(through_c::try_get(store.clone(), "gpu:local_topology/0"), Err(through_c::NOT_FOUND));
        let t = Instant::now();
        assert_eq!(through_c::get(store.clone(), "gpu:local_topology/0", 200), Err(through_c::DEADLINE_EXCEEDED));
        assert!(t.elapsed() >= Duration::from_millis(200), "{:?}", t.elapsed());
        let value: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        assert_eq!(through_c::put(store.clone(), "gpu:local_topology/0", &value), Ok(()));
        assert_eq!(through_c::get(store.clone(), "gpu:local_topology/0", 1000), Ok(value.clone()));
        assert_eq!(through_c::try_get(store.clone(), "gpu:local_topology/0"), Ok(value));
        assert_eq!(through_c::put(store.clone(), "empty", b""), Ok(()));
        assert_eq!(through_c::get(store, "empty", 1000), Ok(vec![]));
    }
    let broken: Arc<dyn KeyValueStore> = Arc::new(Broken);
    assert_eq!(through_c::put(broken.clone(), "k", b"v"), Err(through_c::UNAVAILABLE));
    assert_eq!(through_c::try_get(broken.clone(), "k"), Err(through_c::UNAVAILABLE));
    assert_eq!(through_c::get(broken, "k", 100), Err(through_c::UNAVAILABLE));
}

/// The CPU plugins here cannot span processes: `devices --coordinator` says so by name
/// instead of pretending to form a two-process client (the newer plugin refuses the options,
/// the older one ignores them).
#[test]
fn devices_across_processes_on_the_cpu_plugin_fails_clearly() {
    let etcd = start_etcd();
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["devices", "--coordinator", &format!("{}/cpu", etcd.url), "--num-processes", "2", "--process-id", "0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("process 0 of 2") && err.contains("cannot span processes") && err.contains("num_nodes"), "{err}");
    // The older plugin (PJRT API 0.81) takes the options and ignores them: xlavit notices that
    // the client holds only this process's devices.
    let old_plugin = concat!(env!("CARGO_MANIFEST_DIR"), "/.deps/python/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so");
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["devices", "--plugin", old_plugin, "--coordinator", &format!("{}/cpu81", etcd.url), "--num-processes", "2", "--process-id", "1"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("did not form a client across 2 processes"), "{err}");
    // The flags go together, and the process id must be below the count.
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit")).args(["devices", "--coordinator", &etcd.url]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("--num-processes") && err.contains("--process-id"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["devices", "--coordinator", &etcd.url, "--num-processes", "2", "--process-id", "2"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("must be in 0..2"), "{err}");
}
