import type { GatewaySku } from '../../knowledge/schema';
import type { Finding } from '../answer/answer';
import type { EngineContext, Evidence } from './context';
import { inEffect, upcoming } from './context';
import { TUNNEL_LABEL } from '../../knowledge/labels';
import { skuLabel } from './gateway-catalog';
import type { SkuAssessment } from './sizing';
import { eventIds, limitWords } from './sizing';
import { formatPercent } from '../format';
import { policy } from '../policy';

export interface FromAssessment {
  current: GatewaySku;
  verdict: 'fits' | 'resize' | 'migrate' | 'not-documented';
  steps: string[];
  findings: Finding[];
}

/**
 * Can the user's existing gateway carry the load, be resized, or must it be migrated?
 * Reads the lifecycle events and the migration facts; where the sources say nothing, says so.
 */
export function assessFrom(
  current: GatewaySku,
  assessments: SkuAssessment[],
  target: SkuAssessment | undefined,
  ctx: EngineContext,
  ev: Evidence,
): FromAssessment {
  const findings: Finding[] = [];
  const steps: string[] = [];
  const mine = assessments.find((a) => a.sku.id === current.id);
  const label = skuLabel(current);
  const targetLabel =
    target?.label ?? (current.migratesTo ? skuLabel(ctx.kb.gatewaySkus.find((s) => s.id === current.migratesTo)!) : undefined);

  if (current.family === 'legacy') {
    const retired = inEffect(ctx, current.id, 'retired');
    const retiring = upcoming(ctx, current.id, 'retired');
    ev.maybe('legacy-migration-not-resize');
    steps.push(
      `${label} is a legacy SKU: moving to a current SKU is not a resize. The gateway is re-created (or moved with the migration tool), with downtime and a new public IP address.`,
    );
    if (retired) {
      ev.maybe('legacy-auto-migration-after-retirement');
      findings.push({
        code: 'legacy_retired',
        severity: 'critical',
        message: `${label} was retired on ${retired.date}; Azure attempts an automatic migration, which can fail (for example when the gateway subnet is too small).`,
        lifecycle: eventIds(retired),
      });
    } else if (retiring) {
      findings.push({
        code: 'legacy_retiring',
        severity: 'warning',
        message: `${label} is retired on ${retiring.date}.`,
        lifecycle: eventIds(retiring),
      });
    }
    if (targetLabel) steps.push(`Target: ${targetLabel}.`);
    return { current, verdict: 'migrate', steps, findings };
  }

  if (current.family === 'non-az') {
    const deprecated = inEffect(ctx, current.id, 'deprecated');
    const window = ctx.kb.lifecycle.find((e) => e.kind === 'migration-window' && e.subjects.includes(current.id));
    ev.maybe('non-az-upgrade-in-portal');
    if (deprecated) {
      ev.maybe('non-az-config-changes-rejected');
      findings.push({
        code: 'non_az_deprecated',
        severity: 'critical',
        message: `Non-AZ SKUs were deprecated on ${deprecated.date}: ${label} rejects configuration changes, so it can't be resized; it must move to an AZ SKU.`,
        lifecycle: eventIds(deprecated),
      });
    } else {
      const comingDeprecation = upcoming(ctx, current.id, 'deprecated');
      findings.push({
        code: 'non_az_migrate',
        severity: 'warning',
        message:
          `Non-AZ SKUs such as ${label} are being retired${window ? ` (migration window ${window.date} – ${window.endDate ?? '?'})` : ''}` +
          `${comingDeprecation ? `, and deprecated from ${comingDeprecation.date}` : ''}; resize by moving to an AZ SKU.`,
        lifecycle: eventIds(window, comingDeprecation),
      });
    }
    const az = current.migratesTo ? ctx.kb.gatewaySkus.find((s) => s.id === current.migratesTo) : undefined;
    if (az) steps.push(`${label} upgrades to its zone-redundant counterpart ${skuLabel(az)}.`);
    if (target && az && target.sku.id !== az.id) steps.push(`For this load, go on to ${target.label}.`);
    return { current, verdict: 'migrate', steps, findings };
  }

  if (current.family === 'basic') {
    // What Basic lacks matters more than its size: remote-work clients need IKEv2/OpenVPN, and often RADIUS.
    const missing = [...(['ikev2', 'openvpn'] as const).filter((p) => current.p2sProtocols[p] === false).map((p) => TUNNEL_LABEL[p])];
    const noRadius = current.p2sAuth.radius === false;
    ev.maybe('basic-not-for-production');
    const lacks = [missing.length ? `no ${missing.join(' or ')} point-to-site` : '', noRadius ? 'no RADIUS authentication' : '']
      .filter(Boolean)
      .join(' and ');
    steps.push(`${label} is for dev/test and proof of concept${lacks ? `: it has ${lacks}` : ''}, whatever the number of users.`);
    if (targetLabel) steps.push(`For remote-work users, move to ${targetLabel}.`);
    steps.push('Whether a Basic gateway can be resized in place to that SKU is not in the sources vpn-advisor holds.');
    findings.push({
      code: 'basic_lacks_remote_work_features',
      severity: 'warning',
      message: `${label} is not for production remote access${lacks ? `: ${lacks}` : ''}.`,
    });
    return { current, verdict: 'not-documented', steps, findings };
  }

  if (mine?.comfortable) {
    steps.push(`${label} already carries this load, within ${formatPercent(policy.highUtilisation)} of every limit.`);
    return { current, verdict: 'fits', steps, findings };
  }
  if (mine?.fits) {
    const at = formatPercent(mine.binding.utilisation);
    steps.push(`${label} carries this load, but at ${at} of its ${limitWords(mine.binding.limit)} limit: no room for growth or failover.`);
    if (targetLabel) steps.push(`${targetLabel} stays within ${formatPercent(policy.highUtilisation)} of every limit.`);
    findings.push({
      code: 'current_gateway_high_utilisation',
      severity: 'warning',
      message: `Your ${label} would run at ${at} of its ${limitWords(mine.binding.limit)} limit.`,
    });
    return { current, verdict: 'fits', steps, findings };
  }

  steps.push(
    targetLabel
      ? `${label} is too small for this load; the size that fits is ${targetLabel}.`
      : `${label} is too small for this load, and no single gateway fits.`,
  );
  steps.push(
    'The knowledge model holds no source on resizing between AZ SKUs in place, so whether this is an in-place resize or a re-creation is not documented here.',
  );
  findings.push({
    code: 'resize_not_documented',
    severity: 'info',
    message: `Resize rules for ${label} are not in the sources vpn-advisor holds; check before planning downtime.`,
  });
  return { current, verdict: 'not-documented', steps, findings };
}
