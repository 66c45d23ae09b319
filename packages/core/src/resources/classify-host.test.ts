import { describe, expect, it } from 'vitest';
import { classifyHost } from './classify-host.js';

const none = {
  isIp: false,
  isPrivate: false,
  isLoopback: false,
  isLinkLocal: false,
  isMetadata: false,
};
const ip = { ...none, isIp: true };
const loopback = { ...ip, isPrivate: true, isLoopback: true };
const linkLocal = { ...ip, isPrivate: true, isLinkLocal: true };
const privateIp = { ...ip, isPrivate: true };

describe('classifyHost', () => {
  it.each([
    ['api.example.com', none],
    ['8.8.8.8', ip],
    ['[2606:4700::1111]', ip],
    ['127.0.0.1', loopback],
    ['127.1', loopback],
    ['2130706433', loopback],
    ['0x7f000001', loopback],
    ['0x7f.1', loopback],
    ['0177.0.0.1', loopback],
    ['0.0.0.0', loopback],
    ['[::1]', loopback],
    ['::', loopback],
    ['[::ffff:127.0.0.1]', loopback],
    ['[::ffff:7f00:1]', loopback],
    ['[::7f00:1]', loopback],
    ['[64:ff9b::7f00:1]', loopback],
    ['[2002:7f00:1::]', loopback],
    ['localhost', { ...none, isPrivate: true, isLoopback: true }],
    ['LOCALHOST.', { ...none, isPrivate: true, isLoopback: true }],
    ['a.localhost', { ...none, isPrivate: true, isLoopback: true }],
    ['10.1.2.3', privateIp],
    ['172.16.0.1', privateIp],
    ['172.32.0.1', ip],
    ['192.168.1.1', privateIp],
    ['100.64.0.1', privateIp],
    ['[fd00::]', privateIp],
    ['[fc00::1]', privateIp],
    ['[::ffff:10.0.0.1]', privateIp],
    ['[fe80::]', linkLocal],
    ['[fe80::1%25eth0]', linkLocal],
    ['169.254.1.1', linkLocal],
    ['169.254.169.254', { ...linkLocal, isMetadata: true }],
    ['[::ffff:a9fe:a9fe]', { ...linkLocal, isMetadata: true }],
    ['[fd00:ec2::254]', { ...privateIp, isMetadata: true }],
    ['100.100.100.200', { ...privateIp, isMetadata: true }],
    ['metadata.google.internal', { ...none, isPrivate: true, isMetadata: true }],
    ['db.internal', { ...none, isPrivate: true }],
  ])('classifies %s', (host, expected) => {
    expect(classifyHost(host)).toEqual(expected);
  });
});
