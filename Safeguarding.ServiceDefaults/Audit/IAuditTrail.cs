namespace Safeguarding.ServiceDefaults.Audit;

public interface IAuditTrail
{
    /// <summary>
    /// Adds an entry to the current DbContext; it is saved with the change it describes, or, for a
    /// read, by <see cref="SaveReadAsync"/>.
    /// </summary>
    void Record(string action, string resourceType, string resourceId, params string[] fields);

    /// <summary>Records a read of identifying data and saves it at once.</summary>
    Task SaveReadAsync(string resourceType, string resourceId, string[] fields, CancellationToken cancellationToken);
}
