"""What the kernels of XLA's optimized HLO move, by kind: a first look at where a GPU step's
memory traffic goes, without a profiler. Reads `*after_optimizations.txt` files (dumped with
`XLA_FLAGS="--xla_dump_to=DIR --xla_dump_hlo_as_text"`) and, for the entry computation of each,
counts the kernels (fusions, cuBLAS calls, other ops) and the bytes of their operands and
results: an upper bound of what each kernel reads and writes.

usage: python3 scripts/hlo_traffic.py [--by-shape] FILE.txt [FILE.txt ...]
--by-shape also lists the kernels grouped by kind and result shape, most bytes first.
The dumps behind BENCHMARKS.md's H100 entry are in benchmarks/h100-2026-11-27-hlo-dumps.tgz.
"""
import collections
import re
import sys

BYTES = {"pred": 1, "s8": 1, "u8": 1, "bf16": 2, "f16": 2, "f32": 4, "s32": 4, "u32": 4, "f64": 8, "s64": 8, "u64": 8}
SHAPE = re.compile(r"\b(" + "|".join(BYTES) + r")\[([0-9,]*)\]")
INSTR = re.compile(r"(?:ROOT )?%?([\w.\-]+) = (.*?) ([\w\-]+)\((.*)")
# Not kernels: they name, alias or assemble buffers.
NO_KERNEL = {"parameter", "get-tuple-element", "tuple", "bitcast", "constant", "copy-start", "copy-done"}


def nbytes(text):
    total = 0
    for dtype, dims in SHAPE.findall(text):
        n = 1
        for d in filter(None, dims.split(",")):
            n *= int(d)
        total += n * BYTES[dtype]
    return total


def entry_lines(path):
    lines = open(path).read().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("ENTRY"))
    for line in lines[start + 1:]:
        if line.startswith("}"):
            return
        yield line.strip()


def kernels(path):
    """(name, kind, bytes) for each kernel of the entry computation."""
    for line in entry_lines(path):
        m = INSTR.match(line)
        if not m or m.group(3) in NO_KERNEL:
            continue
        name, result, op, rest = m.groups()
        operands = rest.split("), ")[0]
        if op == "fusion":
            backend = re.search(r'"kind":"(\w+)"', rest)
            kind = "fusion:" + (backend.group(1) if backend else re.search(r"kind=(\w+)", rest).group(1))
        elif op == "custom-call":
            kind = "call:" + re.search(r'custom_call_target="([^"]+)"', rest).group(1)
        else:
            kind = op
        yield name, kind, nbytes(result) + nbytes(operands)


def result_shapes(path):
    """Kernel name -> its result type, as the entry computation writes it."""
    shapes = {}
    for line in entry_lines(path):
        m = INSTR.match(line)
        if m:
            shapes[m.group(1)] = m.group(2)
    return shapes


def main():
    args = sys.argv[1:]
    by_shape = "--by-shape" in args
    for path in [a for a in args if a != "--by-shape"]:
        ks = list(kernels(path))
        print(f"{path}: {len(ks)} kernels, {sum(b for _, _, b in ks) / 1e9:.1f} GB of operands and results")
        by_kind = collections.defaultdict(lambda: [0, 0])
        for _, kind, b in ks:
            by_kind[kind][0] += 1
            by_kind[kind][1] += b
        for kind, (n, b) in sorted(by_kind.items(), key=lambda kv: -kv[1][1]):
            print(f"  {kind:36s} {n:5d} kernels {b / 1e9:7.2f} GB")
        transposes = [b for name, kind, b in ks if kind.startswith("fusion:") and "transpose" in name]
        print(f"  transpose fusions (by name)          {len(transposes):5d} kernels {sum(transposes) / 1e9:7.2f} GB")
        if by_shape:
            shapes = result_shapes(path)
            groups = collections.defaultdict(lambda: [0, 0])
            for name, kind, b in ks:
                key = (kind, re.sub(r"\{[0-9,]*\}", "", shapes.get(name, "?"))[:70])
                groups[key][0] += 1
                groups[key][1] += b
            print("  by kind and result shape:")
            for (kind, shape), (n, b) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:20]:
                print(f"    {kind:32s} {shape:70s} {n:5d} kernels {b / 1e9:7.2f} GB")


if __name__ == "__main__":
    main()
