import net from "node:net";

/** A TCP port on 127.0.0.1 that nothing holds now, chosen by the OS (a random pick can land on a live connection's port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
