using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace InnovationNetwork.Api.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Registers who may call and how much: JWT bearer tokens (Auth), CORS by allowed origins, the per-client rate
    /// limiter, the alias cap and the CSRF check for GET (Limits). Both sections are validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => ConfigureBearer(jwt, auth.Value));

        services.AddCors();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((options, limits) => RateLimits.Configure(options, limits.Value));

        // A second AddGraphQL call adds to the schema's builder registered by AddInnovationNetworkGraphQL.
        services.AddGraphQL(graphQL => graphQL.AddValidationRule<AliasLimitRule>());
        return builder;
    }

    /// <summary>
    /// In this order: CORS (so refusals carry its headers), the bearer token (401 for a bad one), the rate limiter
    /// (which knows the subject by then), the CSRF check for GET.
    /// </summary>
    public static IApplicationBuilder UseInnovationNetworkAuth(this IApplicationBuilder app)
    {
        var origins = app.ApplicationServices.GetRequiredService<IOptions<LimitsOptions>>().Value.AllowedOrigins.ToArray();
        app.UseCors(cors => cors.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("Retry-After", "WWW-Authenticate"));
        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<PreflightMiddleware>();
        return app;
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, AuthOptions auth)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = string.IsNullOrWhiteSpace(auth.Authority) ? null : auth.Authority;
        jwt.Audience = auth.Audience;
        jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = [auth.Issuer],
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = auth.ClockSkew,
            NameClaimType = ViewerClaims.Subject,
            RoleClaimType = auth.RoleClaim,
            IssuerSigningKeys = auth.SigningKeys.Select(key => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))).ToArray(),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (ViewerClaims.CheckedClaims(context.Principal!, auth) is { } problem)
                {
                    context.Fail(new UnusableClaimsException(problem));
                }

                return Task.CompletedTask;
            },
        };
    }
}
