// Rotates the key deployed to DEPLOY_TARGET (default deploy/service.env) with the admin key in RUNLET_API_KEY
// (keys:manage). With --first-deploy it first creates and deploys a service key, as `npm start` does against a
// reference backend that is new on every run.
import { Runlet } from '@runlet/node';
import { fileDeployTarget } from './deploy-target.ts';
import { rotateDeployedKey } from './rotate-key.ts';

const admin = new Runlet();
const target = fileDeployTarget(process.env.DEPLOY_TARGET ?? 'deploy/service.env');

if (process.argv.includes('--first-deploy')) {
  const key = await admin.keys.create({ name: 'example-service', profile: 'sandbox-user', type: 'service' });
  await target.deploy(key.secret);
  console.log(`first deploy: ${key.id}`);
}
await rotateDeployedKey({ admin, target });
