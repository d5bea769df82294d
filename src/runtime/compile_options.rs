//! The serialized `xla.CompileOptionsProto` that `PJRT_Client_Compile` takes.
//!
//! An empty options string is not "defaults": XLA then sees
//! `num_replicas == 0` and aborts the process (check failure
//! `replica_count > 0`). Only the two counts are needed, so the few bytes of
//! protobuf are written by hand rather than pulling in a protobuf stack.

// Field numbers from xla/pjrt/proto/compile_options.proto.
const COMPILE_OPTIONS_EXECUTABLE_BUILD_OPTIONS: u32 = 3;
const BUILD_OPTIONS_NUM_REPLICAS: u32 = 4;
const BUILD_OPTIONS_NUM_PARTITIONS: u32 = 5;
const BUILD_OPTIONS_USE_SPMD_PARTITIONING: u32 = 6;

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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_device_options_are_the_known_six_bytes() {
        assert_eq!(compile_options_proto(1, 1), vec![0x1a, 0x04, 0x20, 0x01, 0x28, 0x01]);
    }

    #[test]
    fn varint_uses_continuation_bits() {
        let mut v = Vec::new();
        put_varint(&mut v, 300);
        assert_eq!(v, vec![0xac, 0x02]);
        assert_eq!(compile_options_proto(8, 1), vec![0x1a, 0x04, 0x20, 0x08, 0x28, 0x01]);
        assert_eq!(compile_options_proto(200, 1), vec![0x1a, 0x05, 0x20, 0xc8, 0x01, 0x28, 0x01]);
        // field 6 (use_spmd_partitioning), varint 1
        assert_eq!(compile_options_proto(1, 4), vec![0x1a, 0x06, 0x20, 0x01, 0x28, 0x04, 0x30, 0x01]);
    }
}
