using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class ServiceCallInterceptorTests
{
    private static readonly Marshaller<string> Text = Marshallers.Create(Encoding.UTF8.GetBytes, Encoding.UTF8.GetString);
    private static readonly Method<string, string> Echo = new(MethodType.Unary, "test.Echo", "Say", Text, Text);

    private readonly List<DateTime?> _deadlines = [];
    private int _forgotten;
    private StatusCode[] _answers = [];

    [Fact]
    public async Task A_call_without_a_deadline_gets_one_and_a_callers_own_deadline_is_kept()
    {
        var interceptor = Interceptor(StatusCode.OK);
        await Call(interceptor, new CallOptions()).ResponseAsync;
        Assert.InRange(_deadlines[0]!.Value, DateTime.UtcNow.AddSeconds(9), DateTime.UtcNow.AddSeconds(10));

        var own = DateTime.UtcNow.AddMinutes(2);
        await Call(interceptor, new CallOptions(deadline: own)).ResponseAsync;
        Assert.Equal(own, _deadlines[1]);
    }

    [Fact]
    public async Task A_refused_token_is_dropped_and_the_call_made_once_more()
    {
        var call = Call(Interceptor(StatusCode.Unauthenticated, StatusCode.OK), new CallOptions());
        Assert.Equal("answered 2", await call.ResponseAsync);
        Assert.Equal(1, _forgotten);
        Assert.Equal(2, _deadlines.Count);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task A_token_refused_twice_is_the_callers_failure()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(Interceptor(StatusCode.Unauthenticated, StatusCode.Unauthenticated), new CallOptions()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(2, _deadlines.Count);
    }

    [Fact]
    public async Task Any_other_failure_is_not_tried_again()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(Interceptor(StatusCode.Unavailable, StatusCode.OK), new CallOptions()).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal((1, 0), (_deadlines.Count, _forgotten));
    }

    private ServiceCallInterceptor Interceptor(params StatusCode[] answers)
    {
        _answers = answers;
        return new ServiceCallInterceptor(ServiceCallInterceptor.DefaultDeadline, () => _forgotten++);
    }

    private AsyncUnaryCall<string> Call(Interceptor interceptor, CallOptions options) =>
        interceptor.AsyncUnaryCall("hello", new ClientInterceptorContext<string, string>(Echo, null, options), (_, context) =>
        {
            _deadlines.Add(context.Options.Deadline);
            var answer = _answers[Math.Min(_deadlines.Count, _answers.Length) - 1];
            var status = new Status(answer, answer.ToString());
            var response = answer == StatusCode.OK ? Task.FromResult($"answered {_deadlines.Count}") : Task.FromException<string>(new RpcException(status));
            return new AsyncUnaryCall<string>(response, Task.FromResult(new Metadata()), () => status, () => new Metadata(), () => { });
        });
}
