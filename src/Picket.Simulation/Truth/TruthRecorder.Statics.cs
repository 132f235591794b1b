using Picket.Core.Events;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Truth;

/// <summary>The static-data oracles: identity changes (same MMSI, new name/IMO/call sign; same IMO, new MMSI) and draught changes.</summary>
internal sealed partial class TruthRecorder
{
    /// <summary>
    /// A class A static report (type 5): identity and draught changes, keyed by MMSI and by IMO. The baseline is what
    /// receivers last heard (a detector cannot know a value nobody received), so a change is written when the new
    /// value is first heard: its span runs from the last transmission of the old value to that first reception.
    /// </summary>
    public void OnStatic(SimVessel v, long t, bool received)
    {
        var id = v.Broadcast;
        var heard = Get(id.Mmsi);
        bool same = heard.StaticMs >= 0 && heard.Imo == id.Imo && heard.Name == id.Name && heard.CallSign == id.CallSign
            && Math.Abs(heard.Draught - id.DraughtMetres) < 0.05;
        if (same) heard.StaticMs = t;
        else if (received)
        {
            if (heard.StaticMs >= 0)
            {
                var changes = new List<string>();
                if (heard.Imo != id.Imo) changes.Add("imo");
                if (heard.Name != id.Name) changes.Add("name");
                if (heard.CallSign != id.CallSign) changes.Add("call_sign");
                if (changes.Count > 0)
                    Emit(EventType.IdentityChange, v, heard.StaticMs, t, null, [Vessel(id)], true, new Evidence()
                        .Add("changes", changes)
                        .Add("before", new Evidence().Add("mmsi", (long)id.Mmsi).Add("imo", (long)heard.Imo).Add("name", heard.Name).Add("call_sign", heard.CallSign))
                        .Add("after", new Evidence().Add("mmsi", (long)id.Mmsi).Add("imo", (long)id.Imo).Add("name", id.Name).Add("call_sign", id.CallSign)));
                if (heard.Draught > 0 && Math.Abs(heard.Draught - id.DraughtMetres) >= TruthRules.DraughtMinChangeMetres)
                    Emit(EventType.DraughtChange, v, heard.StaticMs, t, heard.At, [Vessel(id)], true, new Evidence()
                        .Add("draught_before_m", heard.Draught)
                        .Add("draught_after_m", id.DraughtMetres)
                        .Add("change_m", id.DraughtMetres - heard.Draught));
            }
            Remember(heard, id, t);
        }
        if (id.Imo == 0) return;
        if (!_mmsiByImo.TryGetValue(id.Imo, out var before))
        {
            if (received) _mmsiByImo[id.Imo] = (id.Mmsi, t);
        }
        else if (before.Mmsi == id.Mmsi) _mmsiByImo[id.Imo] = (id.Mmsi, t);
        else if (received)
        {
            // The same hull (IMO) heard under a new MMSI: a flag hop.
            var old = Get(before.Mmsi);
            Emit(EventType.IdentityChange, v, before.LastMs, t, null, [Vessel(id)], true, new Evidence()
                .Add("changes", new List<string> { "mmsi", "flag" })
                .Add("before", new Evidence().Add("mmsi", (long)before.Mmsi).Add("imo", (long)id.Imo).Add("name", old.Name).Add("call_sign", old.CallSign))
                .Add("after", new Evidence().Add("mmsi", (long)id.Mmsi).Add("imo", (long)id.Imo).Add("name", id.Name).Add("call_sign", id.CallSign)));
            _mmsiByImo[id.Imo] = (id.Mmsi, t);
        }
    }

    /// <summary>A class B static report (type 24): remembered for naming, no events (class B craft do not change identity here).</summary>
    public void OnStaticClassB(SimVessel v, long t, bool received)
    {
        if (received) Remember(Get(v.Broadcast.Mmsi), v.Broadcast, t);
    }

    private static void Remember(Heard heard, Identity id, long t)
    {
        heard.Imo = id.Imo;
        heard.Name = id.Name;
        heard.CallSign = id.CallSign;
        heard.Draught = id.DraughtMetres;
        heard.StaticMs = t;
    }
}
