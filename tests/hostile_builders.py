"""Small generators of hostile inputs for tests/test_hostile.py (standard library only).

The PDFs are written byte by byte: one Type0 font with Identity-H encoding, with
or without a ToUnicode map, optionally RC4-encrypted with a user password, so the
readers see exactly the structure each case needs.
"""
from __future__ import annotations

import hashlib
import os
import struct

REPORT = """示例县司法局2024年法治政府建设年度报告
2024年，示例县司法局在县委、县政府的领导下，深入推进法治政府建设。现将有关情况报告如下。
一、2024年推进法治政府建设的主要举措和成效
（一）加强组织领导。局长主持召开党组会议专题研究法治建设4次，切实履行推进法治建设第一责任人职责。
（二）严格规范执法。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。
二、2024年推进法治政府建设存在的不足和原因
执法人员程序意识仍需加强，主要原因是培训针对性不够。
三、2025年推进法治政府建设的主要安排
（一）深化执法规范化建设。组织执法人员专题培训2期。
四、其他需要报告的情况
无。
示例县司法局
2025年1月27日"""
LINES = REPORT.splitlines()
BODY_MARK = "第一责任人"  # a phrase from the body: missing from the extracted text means content was lost

def put(path, data: bytes) -> str:
    with open(path, "wb") as fh:
        fh.write(data)
    return str(path)


def digest(path) -> str | None:
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def leftovers(d) -> list[str]:
    """Temporary output files left in ``d``."""
    return [f for f in os.listdir(d) if f.startswith(".lawcheck-")]


def one_line(err: str) -> str:
    """The contract for a bad input on stderr: exactly one line, from lawcheck, no traceback or escape codes."""
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("lawcheck: ") and "Traceback" not in err and "\x1b" not in err
    return lines[0]


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def html_page(body: str, head: str = '<meta charset="utf-8"><title>示例县司法局2024年法治政府建设年度报告</title>',
              encoding: str = "utf-8") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode(encoding)


ARTICLE = '<div class="article">' + "".join(f"<p>{x}</p>" for x in LINES) + "</div>"


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(c ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def wrapped(lines=LINES, width: int = 40) -> list[str]:
    out = []
    for x in lines:
        while len(x) > width:
            out.append(x[:width])
            x = x[width:]
        out.append(x)
    return out


def make_pdf(pages: list[list[str]], tounicode: bool = True, shift: int = 0, user_password: str | None = None) -> bytes:
    """A PDF whose pages show ``pages`` (lists of lines). ``shift`` moves every glyph id away from
    its character (what a font without ToUnicode looks like); ``user_password`` encrypts (RC4, R2)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    font = "/ABCDEF+SubsetFont" if shift else "/STSong-Light"
    objs: list[bytes | None] = [
        None, None,
        (f"<< /Type /Font /Subtype /Type0 /BaseFont {font} /Encoding /Identity-H /DescendantFonts [4 0 R]"
         + (" /ToUnicode 6 0 R" if tounicode else "") + " >>").encode(),
        (f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont {font} /CIDSystemInfo << /Registry (Adobe) "
         "/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>").encode(),
        (f"<< /Type /FontDescriptor /FontName {font} /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
         "/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>").encode()]
    key = o_val = u_val = fid = None
    perms = -44
    if user_password is not None:
        fid = hashlib.md5(b"lawcheck-test").digest()
        o_val = _rc4(hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5], (user_password.encode() + _PAD)[:32])
        key = hashlib.md5((user_password.encode() + _PAD)[:32] + o_val + struct.pack("<i", perms) + fid).digest()[:5]
        u_val = _rc4(key, _PAD)

    def stream(num: int, data: bytes) -> bytes:
        if key is not None:
            data = _rc4(hashlib.md5(key + struct.pack("<i", num)[:3] + b"\0\0").digest()[:10], data)
        return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

    objs.append(stream(6, cmap) if tounicode else b"<< >>")
    kids = []
    for lines in pages:
        pid = len(objs) + 1
        kids.append(pid)
        objs.append(None)
        ops = [b"BT", b"/F1 12 Tf", b"18 TL", b"50 800 Td"]
        for x in lines:
            ops.append(b"<" + "".join(f"{(ord(c) - shift) % 0xFFFF:04x}" for c in x).encode() + b"> Tj T*")
        ops.append(b"ET")
        objs.append(stream(pid + 1, b"\n".join(ops)))
        objs[pid - 1] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                         f"/Contents {pid + 1} 0 R >>").encode()
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    trailer = ""
    if key is not None:
        objs.append(f"<< /Filter /Standard /V 1 /R 2 /O <{o_val.hex()}> /U <{u_val.hex()}> /P {perms} >>".encode())
        trailer = f"/Encrypt {len(objs)} 0 R /ID [<{fid.hex()}> <{fid.hex()}>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
