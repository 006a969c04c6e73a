import { natsSize } from '../../components/nats';
import { postgresMemory } from '../../components/postgres';
import { redisSize } from '../../components/redis';
import { splitBinaryQuantity } from '../../config/units';

describe('binary quantities', () => {
  it('split into amount and prefix', () => {
    expect(splitBinaryQuantity('256Mi')).toEqual({ amount: 256, prefix: 'M' });
    expect(() => splitBinaryQuantity('1.5Gi')).toThrow('expected a whole number of Ki, Mi, Gi or Ti, got 1.5Gi');
    expect(() => splitBinaryQuantity('500M')).toThrow();
  });

  it("read in each server's own units", () => {
    expect(['128Mi', '1Gi', '512Ki'].map(postgresMemory)).toEqual(['128MB', '1GB', '512kB']);
    expect(['4Gi', '512Mi', '1Ti', '64Ki'].map(natsSize)).toEqual(['4GiB', '512MiB', '1TiB', '64KiB']);
    expect(['200Mi', '1Gi'].map(redisSize)).toEqual(['200mb', '1gb']);
  });
});
