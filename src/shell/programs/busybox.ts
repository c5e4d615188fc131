// The busybox multi-call binary: applets are symlinks to /bin/busybox, so argv[0] names the
// applet; `busybox APPLET ARGS` and `busybox --list` work too. Models busybox libbb/appletlib.c.

import * as paths from '../../os/path.ts';
import type { Program } from '../../os/process/context.ts';
import { BUSYBOX_BANNER, busybox as flavour, busyboxUsageLoaded, loadBusyboxUsage } from './flavour.ts';
import type { Tool } from './lib/tool.ts';

/** A busybox program serving `applets` (name → implementation). */
export function busyboxProgram(applets: Readonly<Record<string, Tool>>): Program {
  const names = Object.keys(applets).sort();
  const run: Program = async (ctx) => {
    if (!busyboxUsageLoaded()) await loadBusyboxUsage();
    let name = paths.basename(ctx.argv[0] ?? '');
    if (name === 'busybox') {
      const first = ctx.argv[1];
      if (first === undefined || first === '--help') {
        ctx.stdout.write(`${BUSYBOX_BANNER}\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list\n   or: function [arguments]...\n\n\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\nCurrently defined functions:\n\t${names.join(', ')}\n`);
        return first === undefined ? 0 : 0;
      }
      if (first === '--list') {
        ctx.stdout.write(names.map((n) => `${n}\n`).join(''));
        return 0;
      }
      ctx.argv = ctx.argv.slice(1);
      name = paths.basename(first);
    }
    const applet = applets[name];
    if (!applet) {
      ctx.stderr.write(`${name}: applet not found\n`);
      return 127;
    }
    if (ctx.argv[1] === '--help' && name !== 'echo' && name !== 'true' && name !== 'false') {
      ctx.stderr.write(flavour.usage(name));
      return 0;
    }
    return applet(ctx, flavour);
  };
  return run;
}
