using Safeguarding.Identity.Api.Apis.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Apis;

/// <summary>Operators give people accounts (and take them away): who they are, which partnership, which roles.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("People").RequireAuthorization(Policies.Operate);
        api.MapPost("", CreateAsync).WithName("CreateUser").WithSummary("Give a person an account");
        api.MapGet("", ListAsync).WithName("ListUsers").WithSummary("People with an account, a page at a time");
        api.MapDelete("/{userName}", DeleteAsync).WithName("DeleteUser")
            .WithSummary("Remove a person's account; tokens already issued to them stop working");
        return app;
    }

    public static async Task<Results<Created<UserSummary>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, UserManager<SafeguardingUser> users, TimeProvider clock, CancellationToken ct)
    {
        var registration = request.ToRegistration();
        if (await users.FindByNameAsync(registration.UserName) is not null)
        {
            return TypedResults.Problem(title: "User name taken", detail: $"An account named {registration.UserName} exists.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var result = await users.CreateAsync(UserSeeding.NewUser(registration, clock), registration.Password);
        if (!result.Succeeded)
        {
            // Password rules and duplicate e-mail addresses are the only ways creation is refused.
            var errors = result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password"
                    : e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "userName")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Created($"/api/users/{registration.UserName}", UserSummary.From(registration));
    }

    /// <summary>A page of people with an account, by user name, with the total.</summary>
    public static async Task<Ok<PageOf<UserSummary>>> ListAsync([AsParameters] PageRequest page, UserManager<SafeguardingUser> users, CancellationToken ct) =>
        TypedResults.Ok(await page.ReadAsync(users.Users.OrderBy(u => u.UserName), UserSummary.From, ct));

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(string userName, UserManager<SafeguardingUser> users,
        IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        await users.DeleteAsync(user);
        await foreach (var authorization in authorizations.FindBySubjectAsync(user.Id, ct))
        {
            await authorizations.TryRevokeAsync(authorization, ct);
        }

        await foreach (var token in tokens.FindBySubjectAsync(user.Id, ct))
        {
            await tokens.TryRevokeAsync(token, ct);
        }

        return TypedResults.NoContent();
    }
}
