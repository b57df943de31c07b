namespace Safeguarding.Publication.Api.Imports;

/// <summary>Raised inside the register readers when the file as a whole cannot be taken; never leaves the reader that raised it.</summary>
internal sealed class UnreadableFileException(string message) : Exception(message);
