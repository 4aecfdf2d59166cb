using System;
using System.IO;
using System.Text;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Reads a <see cref="StringBuilder"/> in pieces, so that <c>SourceText.From(reader, length, …)</c> copies the
/// generated file into the compiler's chunked text without one string of the whole file being made first.
/// </summary>
internal sealed class StringBuilderReader : TextReader
{
    private readonly StringBuilder _sb;
    private int _position;

    public StringBuilderReader(StringBuilder sb) => _sb = sb;

    public override int Peek() => _position < _sb.Length ? _sb[_position] : -1;

    public override int Read() => _position < _sb.Length ? _sb[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (buffer is null) throw new ArgumentNullException(nameof(buffer));
        int n = Math.Min(count, _sb.Length - _position);
        if (n <= 0) return 0;
        _sb.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override string ReadToEnd()
    {
        string rest = _sb.ToString(_position, _sb.Length - _position);
        _position = _sb.Length;
        return rest;
    }
}
