using System.Runtime;

namespace ColdStart.Touch;

/// <summary>JIT work since the previous call: methods compiled and compile time (this thread only).</summary>
internal sealed class JitMeter
{
    private long _methods = JitInfo.GetCompiledMethodCount(currentThread: true);
    private double _micros = JitInfo.GetCompilationTime(currentThread: true).TotalMicroseconds;

    public (long Methods, double Micros) Next()
    {
        var methods = JitInfo.GetCompiledMethodCount(currentThread: true);
        var micros = JitInfo.GetCompilationTime(currentThread: true).TotalMicroseconds;
        var delta = (methods - _methods, micros - _micros);
        _methods = methods;
        _micros = micros;
        return delta;
    }
}
