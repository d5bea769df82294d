//! The serialized `xla.CompileOptionsProto` that `PJRT_Client_Compile` takes.
//!
//! An empty options string is not "defaults": XLA then sees
//! `num_replicas == 0` and aborts the process (check failure
//! `replica_count > 0`). Only the counts and a debug option or two are needed, so the few
//! bytes of protobuf are written by hand rather than pulling in a protobuf stack.

// Field numbers from xla/pjrt/proto/compile_options.proto.
const COMPILE_OPTIONS_EXECUTABLE_BUILD_OPTIONS: u32 = 3;
const BUILD_OPTIONS_NUM_REPLICAS: u32 = 4;
const BUILD_OPTIONS_NUM_PARTITIONS: u32 = 5;
const BUILD_OPTIONS_USE_SPMD_PARTITIONING: u32 = 6;
const COMPILE_OPTIONS_ENV_OPTION_OVERRIDES: u32 = 7;
const MAP_ENTRY_KEY: u32 = 1;
const MAP_ENTRY_VALUE: u32 = 2;
const OPTION_OVERRIDE_BOOL: u32 = 2;

/// Debug options every program is compiled with, by name (`env_option_overrides`, as JAX
/// passes them). The newer CPU plugins default to "fast" min/max, where `maximum(1, NaN)` is
/// 1; StableHLO's `maximum` and `minimum` propagate NaN, and so does xlavit's reference
/// interpreter, so a diverging run shows NaN instead of hiding it.
const OVERRIDES: [(&str, bool); 1] = [("xla_cpu_enable_fast_min_max", false)];

const WIRE_VARINT: u32 = 0;
const WIRE_LEN: u32 = 2;

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_tag(out: &mut Vec<u8>, field: u32, wire: u32) {
    put_varint(out, ((field << 3) | wire) as u64);
}

/// `CompileOptionsProto { executable_build_options { num_replicas, num_partitions } }`, plus
/// `use_spmd_partitioning` when there are several partitions: the program is then one global
/// program with `mhlo.sharding` annotations that XLA's SPMD partitioner splits per device.
pub fn compile_options_proto(num_replicas: u32, num_partitions: u32) -> Vec<u8> {
    let mut build = Vec::new();
    put_tag(&mut build, BUILD_OPTIONS_NUM_REPLICAS, WIRE_VARINT);
    put_varint(&mut build, num_replicas as u64);
    put_tag(&mut build, BUILD_OPTIONS_NUM_PARTITIONS, WIRE_VARINT);
    put_varint(&mut build, num_partitions as u64);
    if num_partitions > 1 {
        put_tag(&mut build, BUILD_OPTIONS_USE_SPMD_PARTITIONING, WIRE_VARINT);
        put_varint(&mut build, 1);
    }

    let mut out = Vec::new();
    put_tag(&mut out, COMPILE_OPTIONS_EXECUTABLE_BUILD_OPTIONS, WIRE_LEN);
    put_varint(&mut out, build.len() as u64);
    out.extend_from_slice(&build);
    for (name, value) in OVERRIDES {
        // A map entry: { key: name, value: OptionOverrideProto { bool_field: value } }.
        let mut entry = Vec::new();
        put_tag(&mut entry, MAP_ENTRY_KEY, WIRE_LEN);
        put_varint(&mut entry, name.len() as u64);
        entry.extend_from_slice(name.as_bytes());
        put_tag(&mut entry, MAP_ENTRY_VALUE, WIRE_LEN);
        put_varint(&mut entry, 2);
        put_tag(&mut entry, OPTION_OVERRIDE_BOOL, WIRE_VARINT);
        put_varint(&mut entry, value as u64);
        put_tag(&mut out, COMPILE_OPTIONS_ENV_OPTION_OVERRIDES, WIRE_LEN);
        put_varint(&mut out, entry.len() as u64);
        out.extend_from_slice(&entry);
    }
    out
}

/// `text` (StableHLO) as the `PJRT_Program` that `PJRT_Client_Compile` and `PJRT_Compile` take.
/// It borrows `text`, which must outlive the call.
pub(crate) fn mlir_program(text: &str) -> super::ffi::PJRT_Program {
    use super::ffi::PjrtStruct;
    const FORMAT: &str = "mlir";
    let mut code = super::ffi::PJRT_Program::new_zeroed();
    // PJRT takes `char*` but does not write through it when compiling.
    code.code = text.as_ptr() as *mut _;
    code.code_size = text.len();
    code.format = FORMAT.as_ptr() as *const _;
    code.format_size = FORMAT.len();
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build options' bytes (the overrides follow them).
    fn build_part(options: &[u8]) -> &[u8] {
        &options[..2 + options[1] as usize]
    }

    #[test]
    fn single_device_options_are_the_known_six_bytes() {
        assert_eq!(build_part(&compile_options_proto(1, 1)), [0x1a, 0x04, 0x20, 0x01, 0x28, 0x01]);
    }

    #[test]
    fn overrides_follow_as_map_entries() {
        let o = compile_options_proto(1, 1);
        let name = b"xla_cpu_enable_fast_min_max";
        let mut want = vec![0x3a, (2 + name.len() + 4) as u8, 0x0a, name.len() as u8];
        want.extend_from_slice(name);
        want.extend_from_slice(&[0x12, 0x02, 0x10, 0x00]);
        assert_eq!(&o[6..], want.as_slice());
    }

    #[test]
    fn varint_uses_continuation_bits() {
        let mut v = Vec::new();
        put_varint(&mut v, 300);
        assert_eq!(v, vec![0xac, 0x02]);
        assert_eq!(build_part(&compile_options_proto(8, 1)), [0x1a, 0x04, 0x20, 0x08, 0x28, 0x01]);
        assert_eq!(build_part(&compile_options_proto(200, 1)), [0x1a, 0x05, 0x20, 0xc8, 0x01, 0x28, 0x01]);
        // field 6 (use_spmd_partitioning), varint 1
        assert_eq!(build_part(&compile_options_proto(1, 4)), [0x1a, 0x06, 0x20, 0x01, 0x28, 0x04, 0x30, 0x01]);
    }
}
