namespace Safeguarding.NationalPanelReceiver;

/// <summary>The signing secret of each recipient this receiver stands in for (<c>Receiver:Secrets:&lt;recipient&gt;</c>).</summary>
public sealed class ReceiverOptions
{
    public Dictionary<string, string> Secrets { get; set; } = [];
}
