using System.Net.Sockets;
using Grpc.Core;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// Tells a failure of a server the service depends on (PostgreSQL down or restarting, the broker
/// unreachable, another service unavailable) from a failure of the work itself. The first passes
/// when the server comes back: a request answers 503 and a message is tried again without counting
/// a delivery. The second is a bug or a bad message.
/// </summary>
public static class TransientFailure
{
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsTransient):
                case RetryLimitExceededException:
                case PostgresException postgres when IsUnavailable(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                case SocketException:
                case BrokerUnreachableException:
                case AlreadyClosedException:
                case RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded }:
                case HttpRequestException { StatusCode: null or >= System.Net.HttpStatusCode.InternalServerError }:
                case OpenIddictExceptions.ProtocolException { Error: Errors.TemporarilyUnavailable or Errors.ServerError }:
                    return true;
                case PostgresException:
                    // A server that answered with an error about the work: not an outage.
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether the failure is the database being out of reach, rather than another server.</summary>
    public static bool IsDatabase(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException or RetryLimitExceededException)
            {
                return true;
            }
        }

        return false;
    }

    // Connection exceptions (08), the server shutting down or starting up (57P01-57P03), too many
    // connections (53300), and a serialization failure or deadlock that a retry resolves (40001, 40P01).
    private static bool IsUnavailable(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;
}
