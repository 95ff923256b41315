using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>RHSM's response shapes, shared by every RHSM resource the sandbox emulates.</summary>
public static class RhsmResults
{
    /// <summary>RHSM's error body: <c>{"error":{"code":N,"message":"..."}}</c>.</summary>
    public static IResult ErrorBody(int status, string message) =>
        Results.Json(new { error = new { code = status, message } }, statusCode: status);

    public static IResult NotFound(string message) => ErrorBody(404, message);

    /// <summary><c>{"body":{...}}</c>.</summary>
    public static IResult Body(object body, int status = StatusCodes.Status200OK) => Results.Json(new { body }, statusCode: status);

    /// <summary>
    /// Reads limit/offset against an endpoint's cap. Over the cap, the sandbox either rejects with the real 400 body
    /// or silently caps (both have been seen from RHSM; --over-cap chooses).
    /// </summary>
    public static (long Offset, int Limit, IResult? Error) Paging(int? limit, long? offset, int cap, OverCapBehavior overCap, int? defaultLimit = null)
    {
        var requested = limit ?? defaultLimit ?? cap;
        if (requested < 1 || offset < 0)
        {
            return (0, 0, ErrorBody(400, "limit must be >= 1 and offset >= 0"));
        }

        if (requested > cap && overCap == OverCapBehavior.Reject)
        {
            return (0, 0, ErrorBody(400, $"limit must be <= {cap}"));
        }

        return (offset ?? 0, Math.Min(requested, cap), null);
    }

    /// <summary>One page of an in-memory list in RHSM's envelope (<c>count</c> is this page's size).</summary>
    public static IResult ListPage<T>(IEnumerable<T> all, int? limit, long? offset, int cap, OverCapBehavior overCap, int? defaultLimit = null)
    {
        var paging = Paging(limit, offset, cap, overCap, defaultLimit);
        if (paging.Error is not null)
        {
            return paging.Error;
        }

        var page = all.Skip((int)Math.Min(paging.Offset, int.MaxValue)).Take(paging.Limit).ToList();
        return Results.Json(new { pagination = new { offset = paging.Offset, limit = paging.Limit, count = page.Count }, body = page });
    }
}
