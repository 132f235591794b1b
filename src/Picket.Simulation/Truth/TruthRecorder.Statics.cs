using Picket.Core.Events;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Truth;

/// <summary>The static-data oracles: identity changes (same MMSI, new name/IMO/call sign; same IMO, new MMSI) and draught changes.</summary>
internal sealed partial class TruthRecorder
{
    /// <summary>
    /// A class A static report (type 5): identity changes keyed by MMSI and by IMO, draught changes by hull. The
    /// baseline is what receivers last heard (a detector cannot know a value nobody received), so a change is written
    /// when the new value is first heard: its span runs from the last transmission of the old value to that first
    /// reception.
    /// </summary>
    public void OnStatic(SimVessel v, long t, bool received)
    {
        var id = v.Broadcast;
        var heard = Get(id.Mmsi);
        bool same = heard.StaticMs >= 0 && heard.Imo == id.Imo && heard.Name == id.Name && heard.CallSign == id.CallSign;
        if (same)
        {
            heard.StaticMs = t;
            if (received) heard.Draught = id.DraughtMetres;
        }
        else if (received)
        {
            if (heard.StaticMs >= 0)
            {
                var changes = new List<string>();
                if (heard.Imo != id.Imo) changes.Add("imo");
                if (heard.Name != id.Name) changes.Add("name");
                if (heard.CallSign != id.CallSign) changes.Add("call_sign");
                Emit(EventType.IdentityChange, v, heard.StaticMs, t, null, [Vessel(id)], true, new Evidence()
                    .Add("changes", changes)
                    .Add("before", new Evidence().Add("mmsi", (long)id.Mmsi).Add("imo", (long)heard.Imo).Add("name", heard.Name).Add("call_sign", heard.CallSign))
                    .Add("after", new Evidence().Add("mmsi", (long)id.Mmsi).Add("imo", (long)id.Imo).Add("name", id.Name).Add("call_sign", id.CallSign)));
            }
            Remember(heard, id, t);
        }
        HullDraught(v, id, t, received, heard.At);
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

    /// <summary>
    /// Cargo moved at sea, as a hull reports it: the draught this hull broadcasts under its MMSI changes by ≥ 1 m and the
    /// hull was in no port between the last reception of the old value and the first of the new one. A change made in
    /// port (loaded at the berth and typed there, or not re-confirmed at sea before the new value) is the port's and
    /// not in the truth: a decoy. A change typed soon after sailing is in it (a detector reports it, with low
    /// confidence), with <c>hours_since_port</c>. Two hulls on one MMSI each keep their own value: no change.
    /// </summary>
    private void HullDraught(SimVessel v, Identity id, long t, bool received, LatLon at)
    {
        var s = v.Truth;
        if (s.DraughtMmsi != id.Mmsi || s.DraughtHeard < 0)
        {
            if (!received) return;
            (s.DraughtMmsi, s.DraughtHeard, s.DraughtTxMs, s.DraughtHeardMs) = (id.Mmsi, id.DraughtMetres, t, t);
            return;
        }
        if (Math.Abs(s.DraughtHeard - id.DraughtMetres) < 0.05)
        {
            s.DraughtTxMs = t;
            if (received) s.DraughtHeardMs = t;
            return;
        }
        if (!received) return;
        if (s.DraughtHeard > 0 && Math.Abs(s.DraughtHeard - id.DraughtMetres) >= TruthRules.DraughtMinChangeMetres
            && s.LastInPortMs < s.DraughtHeardMs)
        {
            var evidence = new Evidence()
                .Add("draught_before_m", s.DraughtHeard)
                .Add("draught_after_m", id.DraughtMetres)
                .Add("change_m", id.DraughtMetres - s.DraughtHeard);
            if (s.LastInPortMs >= 0) evidence.Add("hours_since_port", (t - s.LastInPortMs) / 3_600_000.0);
            Emit(EventType.DraughtChange, v, s.DraughtTxMs, t, at, [Vessel(id)], true, evidence);
        }
        (s.DraughtHeard, s.DraughtTxMs, s.DraughtHeardMs) = (id.DraughtMetres, t, t);
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
