namespace Safeguarding.Publication.Api.Model;

/// <summary>Where a term was found in a text, what it read there, and the words around it.</summary>
public sealed record TextMatch(int Offset, string Text, string Context);
