using System.Collections.Generic;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// What the steps reading one clause share: the paragraph's <see cref="FigureContext"/>, the clause with its quote
/// and main-target start, the values named so far and the facts found, each at its position.
/// </summary>
internal sealed class ClauseReading
{
    public ClauseReading(FigureContext figure, Clause clause, string quote, List<(int Start, int End)> estimated, int mainTargetStart, NamedValue? previous)
    {
        Figure = figure;
        Clause = clause;
        Quote = quote;
        Estimated = estimated;
        MainTargetStart = mainTargetStart;
        Previous = previous;
        Inherited = previous;
        Boundary = clause.Start;
    }

    /// <summary>The figure named last in an earlier clause of the sentence, as the clause began.</summary>
    public NamedValue? Inherited { get; }

    public FigureContext Figure { get; }

    public CompactText Compact => Figure.Compact;

    public string Text => Figure.Compact.Text;

    public Clause Clause { get; }

    /// <summary>The clause as written in the source paragraph: every fact of the clause quotes it.</summary>
    public string Quote { get; }

    /// <summary>Where a 预计 makes figures estimates, in the whole paragraph (<see cref="EstimateScopes"/>).</summary>
    public List<(int Start, int End)> Estimated { get; }

    /// <summary>Where the sentence's main targets start (after 主要预期目标是), or −1.</summary>
    public int MainTargetStart { get; }

    /// <summary>The value named last in the sentence: a value with no name of its own may take its name.</summary>
    public NamedValue? Previous { get; set; }

    /// <summary>Where the piece before the next value may start at the earliest (the end of what was read).</summary>
    public int Boundary { get; set; }

    /// <summary>The values of the clause, in text order (set when its figures are read).</summary>
    public List<NumberToken> Tokens { get; set; } = new();

    /// <summary>The values named in this clause, in text order: what a 分别 list pairs with and a rank ranks.</summary>
    public List<NamedValue> Named { get; } = new();

    /// <summary>The facts of the clause with their positions, in the order they were found.</summary>
    public List<(int Position, FactModel Fact)> Facts { get; } = new();

    /// <summary>Logs a value no rule could name.</summary>
    public void Unclassified(NumberToken token) => Figure.Log?.AddUnclassified(Figure.Input.Paragraph, Figure.Compact, token);
}

/// <summary>
/// One value in its clause: the token, the next token, where its piece starts (<see cref="SegmentStart"/> after the
/// last ，, <see cref="PieceStart"/> also after the previous value), whether it sits in parentheses, and what the
/// piece before it says.
/// </summary>
internal sealed record ValueSite(NumberToken Token, int Index, NumberToken? Next, int SegmentStart, int PieceStart, bool Parenthetical, PieceReading Piece);
