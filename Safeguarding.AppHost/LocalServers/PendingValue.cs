namespace Safeguarding.AppHost.LocalServers;

/// <summary>A value the app host learns while it runs (a role's password), handed to dependants once known.</summary>
public sealed class PendingValue(string description) : IValueProvider, IManifestExpressionProvider
{
    private readonly TaskCompletionSource<string> _value = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ValueExpression => $"{{{description}}}";

    public bool IsKnown => _value.Task.IsCompletedSuccessfully;

    public void Set(string value) => _value.TrySetResult(value);

    public async ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default) =>
        await _value.Task.WaitAsync(cancellationToken);
}
