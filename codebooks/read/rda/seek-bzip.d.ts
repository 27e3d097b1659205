// The package ships no types; only the call the reader uses is declared.
declare module 'seek-bzip' {
  interface ByteInput {
    readByte(): number;
    read(buf: Uint8Array, offset: number, length: number): number;
    seek(pos: number): void;
    eof(): boolean;
  }
  const Bunzip: {
    decode(input: Buffer | ByteInput, output?: Buffer | number, multistream?: boolean): Buffer;
  };
  export default Bunzip;
}
