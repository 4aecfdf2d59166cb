using System;

namespace ReportSdk;

/// <summary>What kind of event a <see cref="CatalogNotice"/> records.</summary>
public enum CatalogNoticeKind
{
    /// <summary>A report registered later replaced one with the same id (your copy of a bundled report).</summary>
    Replaced,
    /// <summary>A registered set could not list (all of) its reports; what it could list is kept.</summary>
    SetFailed,
}

/// <summary>One thing the catalog decided or skipped while gathering the registered reports.</summary>
/// <param name="Kind">Replacement or failure.</param>
/// <param name="SetName">Name of the report set concerned (for a replacement: the set of the winning report).</param>
/// <param name="ReportId">The report id concerned, or null for a failure of a whole set.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Exception">The exception a failing set threw, or null.</param>
public sealed record CatalogNotice(CatalogNoticeKind Kind, string SetName, string? ReportId, string Message, Exception? Exception = null)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
