using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
        api.MapPost("", CreateAsync).WithName("CreateUser").WithSummary("Give a person an account")
            .Accepts<UserRegistration>("application/json");
        api.MapGet("", ListAsync).WithName("ListUsers").WithSummary("People with an account");
        api.MapDelete("/{userName}", DeleteAsync).WithName("DeleteUser")
            .WithSummary("Remove a person's account; tokens already issued to them stop working");
        return app;
    }

    public static async Task<Results<Created<UserSummary>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, UserManager<SafeguardingUser> users, TimeProvider clock, CancellationToken ct)
    {
        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var registration = new UserRegistration
        {
            UserName = input.String("userName", required: true, maxLength: 100) ?? "",
            DisplayName = input.String("displayName", required: true, maxLength: 200) ?? "",
            Email = input.String("email", required: true, maxLength: 256) ?? "",
            Partnership = input.String("partnership", required: false, maxLength: 100),
            Agency = input.String("agency", required: true, maxLength: 200) ?? "",
            Roles = input.StringArray("roles", required: true, allowed: Roles.All) ?? [],
            Password = input.String("password", required: true, maxLength: 200) ?? "",
        };
        if (registration.Email.Length > 0 && !System.Net.Mail.MailAddress.TryCreate(registration.Email, out _))
        {
            input.AddError("email", "email must be an email address.");
        }

        if (registration.UserName.Length > 0 && registration.UserName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')))
        {
            input.AddError("userName", "userName may contain only letters, digits and . - _ @.");
        }

        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

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

    public static async Task<Ok<List<UserSummary>>> ListAsync(UserManager<SafeguardingUser> users, CancellationToken ct)
    {
        var people = await users.Users.OrderBy(u => u.UserName).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(people.Select(UserSummary.From).ToList());
    }

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

public sealed record UserSummary(string UserName, string DisplayName, string Email, string? Partnership, string Agency, IReadOnlyList<string> Roles)
{
    public static UserSummary From(UserRegistration r) => new(r.UserName, r.DisplayName, r.Email, r.Partnership, r.Agency, r.Roles);

    public static UserSummary From(SafeguardingUser u) => new(u.UserName ?? "", u.DisplayName, u.Email ?? "", u.Partnership, u.Agency, u.Roles);
}
