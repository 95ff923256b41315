using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The JSON users hand to the Assisted content cmdlets: conversion, RFC 7396 merge, the -WhatIf diff, and the olm_operators list.</summary>
public sealed class AssistedJsonInputTests
{
    private static JsonObject Obj(string json) => (JsonObject)JsonNode.Parse(json)!;

    [Theory]
    [InlineData("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [InlineData("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}")]
    [InlineData("{\"a\":\"b\"}", "{\"a\":null}", "{}")]
    [InlineData("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}")]
    [InlineData("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [InlineData("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}")]
    [InlineData("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}")]
    [InlineData("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}")]
    public void Merge_follows_the_examples_of_RFC_7396(string target, string patch, string expected) =>
        Assert.Equal(Obj(expected).ToJsonString(), AssistedJsonInput.Merge(Obj(target), Obj(patch)).ToJsonString());

    [Fact]
    public void Merge_leaves_its_inputs_alone()
    {
        var target = Obj("{\"a\":{\"b\":1}}");
        var patch = Obj("{\"a\":{\"c\":2}}");
        AssistedJsonInput.Merge(target, patch);
        Assert.Equal("{\"a\":{\"b\":1}}", target.ToJsonString());
        Assert.Equal("{\"a\":{\"c\":2}}", patch.ToJsonString());
    }

    [Fact]
    public void Diff_names_each_changed_leaf_by_its_path()
    {
        var lines = AssistedJsonInput.Diff(Obj("{\"fips\":true,\"net\":{\"type\":\"A\",\"keep\":1}}"), Obj("{\"net\":{\"type\":\"B\",\"keep\":1},\"publish\":\"Internal\"}"));
        Assert.Equal(new[] { "- fips: true", "~ net.type: \"A\" -> \"B\"", "+ publish: \"Internal\"" }, lines);
        Assert.Empty(AssistedJsonInput.Diff(Obj("{\"a\":[1,2]}"), Obj("{\"a\":[1,2]}")));
        Assert.Equal(new[] { "+ a: 1" }, AssistedJsonInput.Diff(null, Obj("{\"a\":1}")));
    }

    [Fact]
    public void Dictionaries_become_objects_with_typed_values_and_text_is_parsed()
    {
        var table = new Hashtable
        {
            ["fips"] = true,
            ["replicas"] = 3,
            ["ratio"] = 0.5,
            ["name"] = "{not parsed}",
            ["list"] = new object[] { "a", 1 },
            ["nested"] = new Dictionary<string, object?> { ["gone"] = null },
        };
        var obj = AssistedJsonInput.ToObject(table, v => v);
        Assert.True(obj["fips"]!.GetValue<bool>());
        Assert.Equal(3, obj["replicas"]!.GetValue<long>());
        Assert.Equal(0.5m, obj["ratio"]!.GetValue<decimal>());
        Assert.Equal("{not parsed}", obj["name"]!.GetValue<string>());
        Assert.Equal("[\"a\",1]", obj["list"]!.ToJsonString());
        Assert.True(((JsonObject)obj["nested"]!).ContainsKey("gone"));

        Assert.Equal("{\"a\":1}", AssistedJsonInput.ToObject("{\"a\":1}", v => v).ToJsonString());
        Assert.Throws<FormatException>(() => AssistedJsonInput.ToObject("[1]", v => v));
        Assert.Throws<FormatException>(() => AssistedJsonInput.ToObject("fips: true", v => v));
        Assert.Throws<FormatException>(() => AssistedJsonInput.ToObject(42, v => v));
    }

    [Fact]
    public void The_olm_operators_list_keeps_the_others_replaces_properties_and_ignores_builtin_ones()
    {
        var id = Guid.NewGuid();
        var current = new[]
        {
            new AssistedClusterOperator(id, "console", "builtin"),
            new AssistedClusterOperator(id, "lvm", "olm") { Properties = "{\"device_class\":\"vg1\"}" },
            new AssistedClusterOperator(id, "odf", "olm"),
        };
        var enabled = AssistedClient.OlmOperatorsAfter(current, new Dictionary<string, string?> { ["cnv"] = null, ["lvm"] = null }, Array.Empty<string>());
        Assert.Equal(new[] { "lvm", "odf", "cnv" }, enabled.OlmOperators.Select(o => o.Name));
        Assert.Equal("{\"device_class\":\"vg1\"}", enabled.OlmOperators[0].Properties);

        var changed = AssistedClient.OlmOperatorsAfter(current, new Dictionary<string, string?> { ["LVM"] = "{\"device_class\":\"vg2\"}" }, new[] { "ODF" });
        Assert.Equal(new[] { "LVM" }, changed.OlmOperators.Select(o => o.Name));
        Assert.Equal("{\"device_class\":\"vg2\"}", changed.OlmOperators[0].Properties);

        Assert.Empty(AssistedClient.OlmOperatorsAfter(current, new Dictionary<string, string?>(), new[] { "lvm", "odf" }).OlmOperators);
    }
}
