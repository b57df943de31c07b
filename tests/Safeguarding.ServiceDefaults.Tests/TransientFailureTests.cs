using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OpenIddict.Abstractions;
using Safeguarding.ServiceDefaults.Resilience;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class TransientFailureTests
{
    public static TheoryData<string, Exception> ServerDown => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "the database's retries ran out", new RetryLimitExceededException("retries", new NpgsqlException("down", new IOException())) },
        { "PostgreSQL shutting down", Postgres(PostgresErrorCodes.AdminShutdown) },
        { "PostgreSQL starting up", Postgres(PostgresErrorCodes.CannotConnectNow) },
        { "connection failure", Postgres("08006") },
        { "wrapped by EF", new InvalidOperationException("transient", new NpgsqlException("down", new TimeoutException())) },
        { "another service unavailable", new RpcException(new Status(StatusCode.Unavailable, "down")) },
        { "identity unavailable", new OpenIddictExceptions.ProtocolException("down", OpenIddictConstants.Errors.TemporarilyUnavailable) },
        { "no answer", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)) },
        { "a 503 answer", new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable) },
        { "among several", new AggregateException(new InvalidOperationException("x"), new TimeoutException()) },
    };

    public static TheoryData<string, Exception> WorkFailed => new()
    {
        { "a unique violation", Postgres(PostgresErrorCodes.UniqueViolation) },
        { "a check violation wrapped by EF", new InvalidOperationException("save", Postgres(PostgresErrorCodes.CheckViolation)) },
        { "a bug", new InvalidOperationException("handler fault") },
        { "a bad argument from another service", new RpcException(new Status(StatusCode.InvalidArgument, "bad")) },
        { "a refused token", new OpenIddictExceptions.ProtocolException("bad", OpenIddictConstants.Errors.InvalidClient) },
        { "a 404 answer", new HttpRequestException("404", null, HttpStatusCode.NotFound) },
    };

    [Theory]
    [MemberData(nameof(ServerDown))]
    public void A_server_that_is_down_is_a_passing_failure(string what, Exception exception) =>
        Assert.True(TransientFailure.IsTransient(exception), what);

    [Theory]
    [MemberData(nameof(WorkFailed))]
    public void A_failure_of_the_work_itself_is_not(string what, Exception exception) =>
        Assert.False(TransientFailure.IsTransient(exception), what);

    [Fact]
    public void Only_database_failures_are_named_as_the_database()
    {
        Assert.True(TransientFailure.IsDatabase(new RetryLimitExceededException("retries", new NpgsqlException("down"))));
        Assert.False(TransientFailure.IsDatabase(new RpcException(new Status(StatusCode.Unavailable, "down"))));
    }

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);
}
