# Emission-shape experiment (docs/performance.md): the same facts (from ReportCatalog.ToJson) emitted three ways
# A: the current shape (one lazy property and one method per fact), B: UTF-8 text blob + RVA number tables + one
# builder, C: one builder method per report. Usage: python3 emit-shapes.py catalog.json ReportSdk.dll OUTDIR, then
# dotnet build -c Release OUTDIR/{A,B,C} and run each program several times; it prints
# one_us one_jit_methods one_jit_us all_us all_jit_methods all_jit_us facts value.
import json, os, sys
d = json.load(open(sys.argv[1]))
RT = 'global::ReportSdk.'
DLL = os.path.abspath(sys.argv[2])
KIND = {'actual':1,'growth':2,'target':3,'targetGrowth':4,'share':5,'rank':6}
def lit(s):
    if s is None: return 'null'
    return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'
def dec(v): return (repr(float(v)) if False else str(v)) + 'm'
def facts(r):
    out=[]
    for f in r['indicators']:
        out.append(dict(name=f['name'], value=f['value'], unit=f['unit'], kind=KIND.get(f['kind'],1), period=f['period'], quote=f['quote'] or '', line=f['line']))
    return out
prog = '''
using System; using System.Diagnostics; using System.Runtime;
static class P {
  static void Main() {
    long m0 = JitInfo.GetCompiledMethodCount(true); var j0 = JitInfo.GetCompilationTime(true);
    var sw = Stopwatch.StartNew();
    var one = R2.Fig;
    var tOne = sw.Elapsed.TotalMicroseconds;
    long m1 = JitInfo.GetCompiledMethodCount(true); var j1 = JitInfo.GetCompilationTime(true);
    sw.Restart();
    int n = 0;
    %s
    var tAll = sw.Elapsed.TotalMicroseconds;
    long m2 = JitInfo.GetCompiledMethodCount(true); var j2 = JitInfo.GetCompilationTime(true);
    Console.WriteLine($"{tOne:F0} {m1-m0} {(j1-j0).TotalMicroseconds:F0} {tAll:F0} {m2-m1} {(j2-j1).TotalMicroseconds:F0} {n} {one.Value}");
  }
}'''
def csproj(): return f'''<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><NoWarn>CS1591</NoWarn></PropertyGroup>
<ItemGroup><Reference Include="ReportSdk" HintPath="{DLL}" /></ItemGroup></Project>'''
def write(shape, body_fn):
    dirp = os.path.join(sys.argv[3], shape); os.makedirs(dirp, exist_ok=True)
    open(f'{dirp}/{shape}.csproj','w').write(csproj())
    code = []
    for k, r in enumerate(d['reports']):
        code.append(body_fn(k, r['id'], facts(r)))
    open(f'{dirp}/Reports.cs','w').write('using System;\n' + '\n'.join(code))
    open(f'{dirp}/Program.cs','w').write(prog % ' '.join(f'n += R{k}.IndicatorList().Count;' for k in range(len(d['reports']))))

def shapeA(k, rid, fs):  # current emitter: one lazy property per fact, list calls every property
    L=[f'static class R{k} {{']
    L.append(f'  const string Id = {lit(rid)};')
    for i,f in enumerate(fs):
        L.append(f'  public static {RT}Indicator P{i} => __f{i} ??= F({lit(f["name"])}, {dec(f["value"])}, {lit(f["unit"])}, {f["kind"]}, {f["period"]}, {lit(f["quote"])}, {f["line"]});')
        L.append(f'  private static {RT}Indicator? __f{i};')
    L.append(f'  public static {RT}Indicator Fig => P0;')
    L.append(f'  static {RT}Indicator F(string name, decimal value, string unit, int kind, int period, string quote, int line) => new {RT}Indicator(Id, name, null, new {RT}Quantity(value, unit, 1m, unit), null, ({RT}IndicatorKind)kind, null, 0, period, false, false, quote, line, null);')
    L.append(f'  public static System.Collections.Generic.IReadOnlyList<{RT}Indicator> IndicatorList() => Array.AsReadOnly(new {RT}Indicator[] {{ ' + ', '.join(f'P{i}' for i in range(len(fs))) + ' });')
    L.append('}'); return '\n'.join(L)

def shapeB(k, rid, fs):  # tables: all strings in one UTF-8 literal, numbers in RVA int/long tables, one builder
    blob = bytearray(); ints=[]; longs=[]
    for f in fs:
        for s in (f['name'], f['unit'], f['quote']):
            b = s.encode('utf-8'); ints += [len(blob), len(b)]; blob += b
        from decimal import Decimal
        dv = Decimal(str(f['value'])); sign, digits, exp = dv.as_tuple()
        scale = max(0, -exp); mant = int(dv.scaleb(scale))
        longs.append(mant); ints += [scale, f['kind'], f['period'], f['line']]
    s = blob.decode('utf-8')
    L=[f'static class R{k} {{']
    L.append(f'  const string Id = {lit(rid)};')
    L.append(f'  private static ReadOnlySpan<byte> Text => {lit(s)}u8;')
    L.append(f'  private static ReadOnlySpan<int> I => new int[] {{ {", ".join(map(str,ints))} }};')
    L.append(f'  private static ReadOnlySpan<long> V => new long[] {{ {", ".join(map(str,longs))} }};')
    L.append(f'  private static readonly {RT}Indicator?[] __f = new {RT}Indicator?[{len(fs)}];')
    L.append(f'  private static string S(int at) => System.Text.Encoding.UTF8.GetString(Text.Slice(I[at], I[at + 1]));')
    L.append(f'  private static {RT}Indicator Fact(int i) {{ int o = i * 10; var unit = S(o + 2); return __f[i] ??= new {RT}Indicator(Id, S(o), null, new {RT}Quantity(new decimal(V[i]) / Pow10(I[o + 6]), unit, 1m, unit), null, ({RT}IndicatorKind)I[o + 7], null, 0, I[o + 8], false, false, S(o + 4), I[o + 9], null); }}')
    L.append('  private static decimal Pow10(int s) { decimal d = 1m; while (s-- > 0) d *= 10m; return d; }')
    for i,f in enumerate(fs):
        L.append(f'  public static {RT}Indicator P{i} => Fact({i});')
    L.append(f'  public static {RT}Indicator Fig => P0;')
    L.append(f'  public static System.Collections.Generic.IReadOnlyList<{RT}Indicator> IndicatorList() {{ var a = new {RT}Indicator[{len(fs)}]; for (int i = 0; i < a.Length; i++) a[i] = Fact(i); return Array.AsReadOnly(a); }}')
    L.append('}'); return '\n'.join(L)

def shapeC(k, rid, fs):  # literals kept, but the list built by ONE method (array of arguments), properties index into it
    L=[f'static class R{k} {{']
    L.append(f'  const string Id = {lit(rid)};')
    L.append(f'  private static {RT}Indicator[]? __all;')
    L.append(f'  private static {RT}Indicator[] All => __all ??= Build();')
    L.append(f'  static {RT}Indicator F(string name, decimal value, string unit, int kind, int period, string quote, int line) => new {RT}Indicator(Id, name, null, new {RT}Quantity(value, unit, 1m, unit), null, ({RT}IndicatorKind)kind, null, 0, period, false, false, quote, line, null);')
    L.append(f'  private static {RT}Indicator[] Build() => new {RT}Indicator[] {{')
    for f in fs:
        L.append(f'    F({lit(f["name"])}, {dec(f["value"])}, {lit(f["unit"])}, {f["kind"]}, {f["period"]}, {lit(f["quote"])}, {f["line"]}),')
    L.append('  };')
    for i,f in enumerate(fs):
        L.append(f'  public static {RT}Indicator P{i} => All[{i}];')
    L.append(f'  public static {RT}Indicator Fig => P0;')
    L.append(f'  public static System.Collections.Generic.IReadOnlyList<{RT}Indicator> IndicatorList() => Array.AsReadOnly(All);')
    L.append('}'); return '\n'.join(L)

write('A', shapeA); write('B', shapeB); write('C', shapeC)
