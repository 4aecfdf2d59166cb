using System.Collections.Generic;
using System.ComponentModel;

namespace ReportSdk;

/// <summary>
/// The reports compiled into one assembly. The generator emits one sealed subclass per assembly and a
/// module initializer that hands its instance to <see cref="ReportCatalog.Register"/>: no reflection,
/// so it is trim and AOT safe. Plumbing for generated code: query <see cref="ReportCatalog"/> instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ReportSet
{
    /// <summary>Name of the assembly (or set) the reports were compiled into.</summary>
    public abstract string Name { get; }

    /// <summary>The reports, ordered by region then delivered year (ordinal).</summary>
    public abstract IReadOnlyList<Report> Reports { get; }

    /// <summary>
    /// The metadata of <see cref="Reports"/> as one compact string (layout: <c>CatalogIndexLayout</c>), or null. With it the
    /// catalog finds, merges and selects reports without creating them, and asks <see cref="ReportAt"/> for the
    /// few a query reads; without it (the default) the catalog reads <see cref="Reports"/>.
    /// </summary>
    public virtual string? CatalogIndex => null;

    /// <summary>Report <paramref name="index"/> of <see cref="Reports"/>, created on first access (generated sets create only that one).</summary>
    /// <param name="index">Position in <see cref="Reports"/>.</param>
    public virtual Report ReportAt(int index) => Reports[index];
}
