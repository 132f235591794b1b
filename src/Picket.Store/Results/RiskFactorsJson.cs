using System.Buffers;
using System.Text.Json;
using Picket.Core.Assessment;

namespace Picket.Store.Results;

/// <summary><c>vessel_risk.factors_json</c>: the text of <see cref="RiskFactorJson"/>, the shape <c>vessels.jsonl</c> has.</summary>
internal static class RiskFactorsJson
{
    public static string Write(IReadOnlyList<RiskFactor> factors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
            RiskFactorJson.WriteArray(w, factors);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
