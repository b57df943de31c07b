using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Safeguarding.Statutory;

public static class StatutoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the working-day calendar: the embedded England and Wales data, or the file named by
    /// <c>Statutory:BankHolidaysFile</c> when an operator has supplied a newer one.
    /// </summary>
    public static IServiceCollection AddStatutoryCalendar(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => configuration?["Statutory:BankHolidaysFile"] is { Length: > 0 } file
            ? BankHolidayData.LoadFile(file)
            : WorkingDayCalendar.EnglandAndWales);
        return services;
    }
}
