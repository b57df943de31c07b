using System.Runtime.CompilerServices;

namespace Safeguarding.AppHost.LocalServers;

public static class AppHostAssembly
{
    /// <summary>
    /// Runs <paramref name="create"/> from this assembly. Aspire.Hosting.Testing finds the
    /// orchestrator by walking the stack for an app host assembly; a test that builds a model of
    /// its own (one local server, say) creates its builder through here.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T Run<T>(Func<T> create) => create();
}
