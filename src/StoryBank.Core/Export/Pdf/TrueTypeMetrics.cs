using System.Buffers.Binary;

namespace StoryBank.Core.Export.Pdf;

/// <summary>
/// The few numbers of a TrueType font the layout needs: which characters have a glyph (cmap) and how wide each glyph is
/// (hmtx). Read once from the font file, so measuring needs no PDFsharp graphics context, is thread-safe and matches what
/// PDFsharp writes: it takes advances from the same tables and does no kerning.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _bmpGlyphs = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementaryGlyphs = [];
    private readonly ushort[] _advances;
    private readonly double _unitsPerEm;

    private TrueTypeMetrics(ReadOnlySpan<byte> font)
    {
        var head = Table(font, "head");
        var hhea = Table(font, "hhea");
        var hmtx = Table(font, "hmtx");
        var maxp = Table(font, "maxp");

        _unitsPerEm = U16(head, 18);
        Ascent = (short)U16(hhea, 4) / _unitsPerEm;
        Descent = -(short)U16(hhea, 6) / _unitsPerEm;

        var glyphCount = U16(maxp, 4);
        var metricCount = U16(hhea, 34);
        _advances = new ushort[Math.Max(glyphCount, metricCount)];
        for (var glyph = 0; glyph < _advances.Length; glyph++)
        {
            // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
            _advances[glyph] = U16(hmtx, 4 * Math.Min(glyph, metricCount - 1));
        }

        ReadCharacterMap(Table(font, "cmap"));
    }

    /// <summary>Height above the baseline, in ems.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, in ems (positive).</summary>
    public double Descent { get; }

    public static TrueTypeMetrics Read(ReadOnlySpan<byte> font) => new(font);

    public bool HasGlyph(int codePoint) => Glyph(codePoint) != 0;

    /// <summary>Advance width in ems; a missing character measures as the font's .notdef glyph.</summary>
    public double Advance(int codePoint) => _advances[Glyph(codePoint)] / _unitsPerEm;

    /// <summary>Width of the text in points at the given size.</summary>
    public double Measure(ReadOnlySpan<char> text, double size)
    {
        var units = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                units += _advances[_bmpGlyphs[c]];
                i++;
                continue;
            }

            var codePoint = i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : 0;
            units += _advances[Glyph(codePoint)];
            i += codePoint > 0xFFFF ? 2 : 1;
        }

        return units * size / _unitsPerEm;
    }

    private ushort Glyph(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF ? _bmpGlyphs[codePoint] : _supplementaryGlyphs.GetValueOrDefault(codePoint);

    private void ReadCharacterMap(ReadOnlySpan<byte> cmap)
    {
        int? format4 = null;
        int? format12 = null;
        var count = U16(cmap, 2);
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (8 * i);
            var platform = U16(cmap, record);
            var encoding = U16(cmap, record + 2);
            var offset = (int)U32(cmap, record + 4);
            var format = U16(cmap, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 4)
            {
                format4 ??= offset;
            }
            else if (unicode && format == 12)
            {
                format12 ??= offset;
            }
        }

        if (format4 is { } table4)
        {
            ReadFormat4(cmap[table4..]);
        }

        if (format12 is { } table12)
        {
            ReadFormat12(cmap[table12..]);
        }

        if (format4 is null && format12 is null)
        {
            throw new InvalidDataException("The font has no Unicode character map (cmap format 4 or 12).");
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int start = U16(table, starts + (2 * s));
            int end = U16(table, ends + (2 * s));
            var delta = U16(table, deltas + (2 * s));
            var rangeOffsetAt = rangeOffsets + (2 * s);
            var rangeOffset = U16(table, rangeOffsetAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = U16(table, rangeOffsetAt + rangeOffset + (2 * (c - start)));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                _bmpGlyphs[c] = glyph < _advances.Length ? (ushort)glyph : (ushort)0;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = U32(table, 12);
        for (var g = 0L; g < groups; g++)
        {
            var group = 16 + (int)(12 * g);
            var start = U32(table, group);
            var end = U32(table, group + 4);
            var glyph = U32(table, group + 8);
            for (var c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
            {
                if (glyph >= (uint)_advances.Length)
                {
                    continue;
                }

                if (c <= 0xFFFF)
                {
                    _bmpGlyphs[c] = (ushort)glyph;
                }
                else
                {
                    _supplementaryGlyphs[(int)c] = (ushort)glyph;
                }
            }
        }
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        var count = U16(font, 4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
            {
                var offset = (int)U32(font, record + 8);
                var length = (int)U32(font, record + 12);
                return font.Slice(offset, length);
            }
        }

        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
}
