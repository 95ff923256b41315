using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>Progress reported from engine threads reaches the cmdlet on its pipeline thread, in order.</summary>
public sealed class PipelineProgressTests
{
    [Fact]
    public void Reports_from_engine_threads_are_written_on_the_pipeline_thread_in_order()
    {
        var pipelineThread = Environment.CurrentManagedThreadId;
        var written = new List<(int Value, int Thread)>();
        var engineThread = -1;

        AsyncPump.Run(async () =>
        {
            var progress = new PipelineProgress<int>(v => written.Add((v, Environment.CurrentManagedThreadId)));
            await Task.Run(() =>
            {
                engineThread = Environment.CurrentManagedThreadId;
                progress.Report(1);
                progress.Report(2);
            });
            progress.Report(3);
        });

        Assert.NotEqual(pipelineThread, engineThread);
        Assert.Equal(new[] { (1, pipelineThread), (2, pipelineThread), (3, pipelineThread) }, written);
    }
}
