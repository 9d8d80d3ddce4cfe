// Reads {"schemas": {name: path}, "documents": [{"schema": name, "path": path}]} on standard input and
// prints, for each document, the errors Ajv finds in it. YAML is read as editors read it: YAML 1.2.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

const request = JSON.parse(readFileSync(0, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
for (const [name, path] of Object.entries(request.schemas)) {
  ajv.addSchema(JSON.parse(readFileSync(path, "utf8")), name);
}
const results = request.documents.map(({ schema, path }) => {
  const validate = ajv.getSchema(schema);
  validate(parse(readFileSync(path, "utf8")));
  return (validate.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
});
process.stdout.write(JSON.stringify(results));
