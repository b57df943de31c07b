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
        var before = DateTime.UtcNow;
        await Call(interceptor, new CallOptions()).ResponseAsync;
        Assert.InRange(_deadlines[0]!.Value, before + ServiceCallInterceptor.DefaultDeadline, DateTime.UtcNow + ServiceCallInterceptor.DefaultDeadline);

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
        Assert.Equal("2", (await call.ResponseHeadersAsync).GetValue("call"));
    }

    [Fact]
    public async Task A_call_disposed_before_its_refusal_is_not_made_again()
    {
        var call = Call(Interceptor(StatusCode.Unauthenticated, StatusCode.OK), new CallOptions(), answerLater: true);
        call.Dispose();
        _answer.SetResult();
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal((1, 0), (_deadlines.Count, _forgotten));
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

    private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A call whose answers are <see cref="_answers"/> in turn; its headers fail with it, as a refused call's do.</summary>
    private AsyncUnaryCall<string> Call(Interceptor interceptor, CallOptions options, bool answerLater = false) =>
        interceptor.AsyncUnaryCall("hello", new ClientInterceptorContext<string, string>(Echo, null, options), (_, context) =>
        {
            _deadlines.Add(context.Options.Deadline);
            var number = _deadlines.Count;
            var answer = _answers[Math.Min(number, _answers.Length) - 1];
            var status = new Status(answer, answer.ToString());
            var answered = answerLater ? _answer.Task : Task.CompletedTask;
            var response = answered.ContinueWith(_ => answer == StatusCode.OK ? $"answered {number}" : throw new RpcException(status), TaskScheduler.Default);
            var headers = answered.ContinueWith(_ => answer == StatusCode.OK ? new Metadata { { "call", number.ToString() } } : throw new RpcException(status),
                TaskScheduler.Default);
            return new AsyncUnaryCall<string>(response, headers, () => status, () => new Metadata(), () => { });
        });
}
