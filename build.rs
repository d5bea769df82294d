//! Generates Rust bindings for the PJRT C API from `pjrt_c_api.h`.
//!
//! The header ships with the CPU plugin that `scripts/setup.sh` installs into
//! `.deps/python`; `PJRT_C_API_HEADER` points at another copy. Bindings made
//! from the 0.81 header work with newer plugins because PJRT only appends
//! fields (the runtime checks `struct_size` before touching a newer field).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PJRT_C_API_HEADER");

    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let header = match env::var_os("PJRT_C_API_HEADER") {
        Some(p) => PathBuf::from(p),
        None => manifest_dir.join(".deps/python/xla_plugins/xla_cpu_pjrt/include/pjrt_c_api.h"),
    };
    println!("cargo:rerun-if-changed={}", header.display());
    if !header.is_file() {
        panic!(
            "\n\nPJRT C API header not found at {}.\n\
             Run `scripts/setup.sh` (it installs the CPU PJRT plugin and its header into .deps/python),\n\
             or set PJRT_C_API_HEADER to the path of pjrt_c_api.h.\n\n",
            header.display()
        );
    }
    let header_text = fs::read_to_string(&header).expect("read pjrt_c_api.h");

    let bindings = bindgen::Builder::default()
        .header(header.to_string_lossy())
        .allowlist_type("PJRT_.*")
        .allowlist_var("PJRT_.*")
        .allowlist_function("PJRT_.*")
        // Enum values come back from the plugin; plain integer constants let
        // the runtime reject values newer than this header instead of
        // materialising an invalid Rust enum.
        .default_enum_style(bindgen::EnumVariation::Consts)
        .prepend_enum_name(false)
        .derive_default(true)
        .derive_debug(true)
        .layout_tests(false)
        .generate_comments(false)
        .parse_callbacks(Box::new(bindgen::CargoCallbacks::new()))
        .generate()
        .expect("bindgen failed on pjrt_c_api.h");

    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    bindings.write_to_file(out_dir.join("pjrt_c_api.rs")).expect("write pjrt_c_api.rs");
    fs::write(out_dir.join("pjrt_struct_sizes.rs"), struct_size_impls(&header_text))
        .expect("write pjrt_struct_sizes.rs");
}

/// One `impl PjrtStruct` per `PJRT_DEFINE_STRUCT_TRAITS(name, last)` whose struct
/// starts with `struct_size`, so the runtime can build any argument struct
/// with the header's own size constant and no hand-kept table.
fn struct_size_impls(header: &str) -> String {
    let mut out = String::new();
    let macro_name = "PJRT_DEFINE_STRUCT_TRAITS(";
    let mut rest = header;
    while let Some(pos) = rest.find(macro_name) {
        rest = &rest[pos + macro_name.len()..];
        let Some(end) = rest.find(')') else { break };
        let inner = &rest[..end];
        let name = inner.split(',').next().unwrap_or("").trim();
        // The macro's own definition uses `sname` as its parameter.
        if !name.starts_with("PJRT_") || !struct_has_size_field(header, name) {
            continue;
        }
        writeln!(
            out,
            "impl PjrtStruct for {name} {{\n    const STRUCT_SIZE: usize = {name}_STRUCT_SIZE as usize;\n    \
             fn set_struct_size(&mut self) {{ self.struct_size = Self::STRUCT_SIZE; }}\n}}"
        )
        .unwrap();
    }
    out
}

fn struct_has_size_field(header: &str, name: &str) -> bool {
    for opener in [format!("struct {name} {{"), format!("typedef struct {name} {{")] {
        if let Some(start) = header.find(&opener) {
            let body = &header[start + opener.len()..];
            let body = &body[..body.find('}').unwrap_or(body.len())];
            return body
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("//"))
                .is_some_and(|l| l.starts_with("size_t struct_size;"));
        }
    }
    false
}
