namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Where a paragraph's main targets start, clause by clause: after a 主要预期目标是 phrase of the plan part, and in
/// the following sentences of the paragraph while they state figures (主要预期目标是：A。B，C。), and from the start of a
/// paragraph that lists the targets announced by the paragraph before it.
/// </summary>
internal sealed class MainTargetScope
{
    private readonly string _text;
    private readonly bool _applies;
    private int _sentence = -1;
    private bool _list;
    private bool _sentenceMain;
    private bool _sentenceFigures;

    public MainTargetScope(string text, FactInput input)
    {
        _text = text;
        _applies = input.Part == ReportPart.Plan || input.IsMainTargets || input.ContinuesMainTargets;
        // A paragraph that lists the targets the one before announced opens as a list already.
        _sentenceMain = _sentenceFigures = input.ContinuesMainTargets;
    }

    /// <summary>Moves to <paramref name="clause"/> and returns where its main targets start, or −1.</summary>
    public int Enter(Clause clause)
    {
        if (clause.SentenceStart != _sentence)
        {
            _list = _sentenceMain && _sentenceFigures;
            _sentenceMain = _sentenceFigures = false;
            _sentence = clause.SentenceStart;
        }
        int start = _applies ? MeasureRules.MainTargetStart(_text, clause) : -1;
        if (start >= 0 || _list) _sentenceMain = true;
        if (start < 0 && _list) start = clause.Start;
        return start;
    }

    /// <summary>Notes that the current clause states figures (the list goes on into the next sentence).</summary>
    public void StatesFigures() => _sentenceFigures = true;
}
