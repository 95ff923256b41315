using System;
using RedHatApi.Auth;
using RedHatApi.Commands.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>Reading the OAuth server's implicit-grant redirect, and the registry user name rules.</summary>
public sealed class OpenShiftOAuthAnswerTests
{
    [Fact]
    public void The_token_and_its_lifetime_come_from_the_fragment()
    {
        var answer = OpenShiftOAuthTokenSource.ParseAnswer(new Uri(
            "https://oauth-openshift.apps.lab.example.com/oauth/token/implicit#access_token=sha256~abc_DEF-123&expires_in=86400&scope=user%3Afull&token_type=Bearer"));
        Assert.Equal("sha256~abc_DEF-123", answer.Token);
        Assert.Equal(86400, answer.ExpiresIn);
        Assert.Null(answer.Error);
    }

    [Theory]
    [InlineData("https://oauth.example.com/oauth/token/implicit#error=access_denied&error_description=scope+denied")]
    [InlineData("https://oauth.example.com/oauth/token/implicit?error=access_denied&error_description=scope%20denied")]
    public void An_error_is_read_from_the_fragment_or_the_query(string location)
    {
        var answer = OpenShiftOAuthTokenSource.ParseAnswer(new Uri(location));
        Assert.Null(answer.Token);
        Assert.Equal("access_denied", answer.Error);
        Assert.Equal("scope denied", answer.ErrorDescription);
    }

    [Fact]
    public void A_redirect_without_parameters_has_nothing()
    {
        var answer = OpenShiftOAuthTokenSource.ParseAnswer(new Uri("https://oauth.example.com/login"));
        Assert.Null(answer.Token);
        Assert.Null(answer.Error);
        Assert.Null(answer.ExpiresIn);
    }

    [Theory]
    [InlineData("developer", "developer")]
    [InlineData("kube:admin", "kubeadmin")]
    [InlineData("system:serviceaccount:ci:runner-01", "serviceaccount")]
    [InlineData("", "unknown")]
    public void Registry_user_names_never_hold_a_colon(string clusterUser, string expected) =>
        Assert.Equal(expected, GetOpenShiftRegistryCredentialCommand.RegistryUserName(clusterUser));
}
