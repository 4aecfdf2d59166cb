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
}
