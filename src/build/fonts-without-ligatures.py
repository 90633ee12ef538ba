"""Empties the ligature features of TrueType fonts, so that a PDF's text is the plain letters.

PDFBox applies a Latin font's 'liga' feature when it writes text, and the ligature glyph
(ffi) is then extracted as one character (U+FB03): a search for "officials" finds nothing.
This script keeps every glyph, table and other feature, and empties 'liga', 'clig', 'dlig'
and 'hlig'. Run with Debian's python3-fonttools:

    python3 src/build/fonts-without-ligatures.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
        src/main/resources/fonts/DejaVuSans.ttf
"""
import sys

from fontTools.ttLib import TTFont

LIGATURES = {"liga", "clig", "dlig", "hlig"}

source, target = sys.argv[1], sys.argv[2]
font = TTFont(source)
if "GSUB" in font:
    for record in font["GSUB"].table.FeatureList.FeatureRecord:
        if record.FeatureTag in LIGATURES:
            record.Feature.LookupListIndex = []
            record.Feature.LookupCount = 0
font.save(target)
