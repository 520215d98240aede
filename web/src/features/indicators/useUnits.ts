// The province-level units of the 63 or the 34 with their regions, asked for once per visit: they are
// facts of law that do not change while the app is open.
import { useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import { unitsPath, type Unit, type UnitSet, type Units } from './api';

const asked = new Map<UnitSet, Promise<Units>>();

function unitsOf(unit: UnitSet): Promise<Units> {
  let answer = asked.get(unit);
  if (!answer) {
    answer = api<Units>(unitsPath(unit));
    asked.set(unit, answer);
    // A failed answer is not kept: the next page asks again.
    answer.catch(() => asked.delete(unit));
  }
  return answer;
}

/** Units by code, or null while loading or if the list could not be had (screens then use codes). */
export function useUnits(unit: UnitSet): Map<string, Unit> | null {
  const [units, setUnits] = useState<{ unit: UnitSet; byCode: Map<string, Unit> } | null>(null);
  useEffect(() => {
    let live = true;
    unitsOf(unit).then(
      (data) => live && setUnits({ unit, byCode: new Map(data.localities.map((l) => [l.code, l])) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [unit]);
  return units?.unit === unit ? units.byCode : null;
}
