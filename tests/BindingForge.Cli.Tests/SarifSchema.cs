namespace BindingForge.Cli.Tests;

/// <summary>
/// A trimmed copy of the official SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json, errata01): the root and
/// the definitions a result with a physical location needs, each with the properties, types, enumerations, minimums,
/// formats, required lists and <c>anyOf</c> alternatives of the official text. Only definitions and properties
/// <c>check --format sarif</c> does not use are left out; every kept object keeps
/// <c>"additionalProperties": false</c>, so a log valid here uses only what the official schema allows (the
/// <c>address</c> alternative of <c>physicalLocation</c> goes with the address definition, so this copy is stricter).
/// </summary>
internal static class SarifSchema
{
    public const string Json = """
        {
          "$schema": "http://json-schema.org/draft-04/schema#",
          "title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema (trimmed)",
          "id": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
          "additionalProperties": false,
          "type": "object",
          "properties": {
            "$schema": { "type": "string", "format": "uri" },
            "version": { "enum": [ "2.1.0" ], "type": "string" },
            "runs": { "type": [ "array", "null" ], "minItems": 0, "uniqueItems": false, "items": { "$ref": "#/definitions/run" } },
            "properties": { "$ref": "#/definitions/propertyBag" }
          },
          "required": [ "version", "runs" ],
          "definitions": {
            "artifactLocation": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "uri": { "type": "string", "format": "uri-reference" },
                "uriBaseId": { "type": "string" },
                "index": { "type": "integer", "default": -1, "minimum": -1 },
                "description": { "$ref": "#/definitions/message" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              }
            },
            "location": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "id": { "type": "integer", "minimum": -1, "default": -1 },
                "physicalLocation": { "$ref": "#/definitions/physicalLocation" },
                "message": { "$ref": "#/definitions/message" },
                "annotations": { "type": "array", "minItems": 0, "uniqueItems": true, "default": [], "items": { "$ref": "#/definitions/region" } },
                "properties": { "$ref": "#/definitions/propertyBag" }
              }
            },
            "message": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "text": { "type": "string" },
                "markdown": { "type": "string" },
                "id": { "type": "string" },
                "arguments": { "type": "array", "minItems": 0, "uniqueItems": false, "default": [], "items": { "type": "string" } },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "anyOf": [ { "required": [ "text" ] }, { "required": [ "id" ] } ]
            },
            "multiformatMessageString": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "text": { "type": "string" },
                "markdown": { "type": "string" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "text" ]
            },
            "physicalLocation": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "artifactLocation": { "$ref": "#/definitions/artifactLocation" },
                "region": { "$ref": "#/definitions/region" },
                "contextRegion": { "$ref": "#/definitions/region" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "anyOf": [ { "required": [ "artifactLocation" ] } ]
            },
            "propertyBag": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "tags": { "type": "array", "minItems": 0, "uniqueItems": true, "default": [], "items": { "type": "string" } }
              }
            },
            "region": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "startLine": { "type": "integer", "minimum": 1 },
                "startColumn": { "type": "integer", "minimum": 1 },
                "endLine": { "type": "integer", "minimum": 1 },
                "endColumn": { "type": "integer", "minimum": 1 },
                "charOffset": { "type": "integer", "default": -1, "minimum": -1 },
                "charLength": { "type": "integer", "minimum": 0 },
                "byteOffset": { "type": "integer", "default": -1, "minimum": -1 },
                "byteLength": { "type": "integer", "minimum": 0 },
                "message": { "$ref": "#/definitions/message" },
                "sourceLanguage": { "type": "string" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "anyOf": [ { "required": [ "startLine" ] }, { "required": [ "charOffset" ] }, { "required": [ "byteOffset" ] } ]
            },
            "reportingConfiguration": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "enabled": { "type": "boolean", "default": true },
                "level": { "default": "warning", "enum": [ "none", "note", "warning", "error" ], "type": "string" },
                "rank": { "type": "number", "default": -1.0, "minimum": -1.0, "maximum": 100.0 },
                "properties": { "$ref": "#/definitions/propertyBag" }
              }
            },
            "reportingDescriptor": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "id": { "type": "string" },
                "deprecatedIds": { "type": "array", "minItems": 0, "uniqueItems": true, "items": { "type": "string" } },
                "name": { "type": "string" },
                "shortDescription": { "$ref": "#/definitions/multiformatMessageString" },
                "fullDescription": { "$ref": "#/definitions/multiformatMessageString" },
                "defaultConfiguration": { "$ref": "#/definitions/reportingConfiguration" },
                "helpUri": { "type": "string", "format": "uri" },
                "help": { "$ref": "#/definitions/multiformatMessageString" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "id" ]
            },
            "result": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "ruleId": { "type": "string" },
                "ruleIndex": { "type": "integer", "default": -1, "minimum": -1 },
                "kind": { "default": "fail", "enum": [ "notApplicable", "pass", "fail", "review", "open", "informational" ], "type": "string" },
                "level": { "default": "warning", "enum": [ "none", "note", "warning", "error" ], "type": "string" },
                "message": { "$ref": "#/definitions/message" },
                "analysisTarget": { "$ref": "#/definitions/artifactLocation" },
                "locations": { "type": "array", "minItems": 0, "uniqueItems": false, "default": [], "items": { "$ref": "#/definitions/location" } },
                "partialFingerprints": { "type": "object", "additionalProperties": { "type": "string" } },
                "fingerprints": { "type": "object", "additionalProperties": { "type": "string" } },
                "relatedLocations": { "type": "array", "minItems": 0, "uniqueItems": true, "default": [], "items": { "$ref": "#/definitions/location" } },
                "rank": { "type": "number", "default": -1.0, "minimum": -1.0, "maximum": 100.0 },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "message" ]
            },
            "run": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "tool": { "$ref": "#/definitions/tool" },
                "language": { "type": "string", "default": "en-US", "pattern": "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$" },
                "results": { "type": "array", "minItems": 0, "uniqueItems": false, "items": { "$ref": "#/definitions/result" } },
                "defaultEncoding": { "type": "string" },
                "defaultSourceLanguage": { "type": "string" },
                "columnKind": { "enum": [ "utf16CodeUnits", "unicodeCodePoints" ], "type": "string" },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "tool" ]
            },
            "tool": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "driver": { "$ref": "#/definitions/toolComponent" },
                "extensions": { "type": "array", "minItems": 0, "uniqueItems": true, "default": [], "items": { "$ref": "#/definitions/toolComponent" } },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "driver" ]
            },
            "toolComponent": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "guid": { "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$" },
                "name": { "type": "string" },
                "organization": { "type": "string" },
                "product": { "type": "string" },
                "fullName": { "type": "string" },
                "version": { "type": "string" },
                "semanticVersion": { "type": "string" },
                "informationUri": { "type": "string", "format": "uri" },
                "rules": { "type": "array", "minItems": 0, "uniqueItems": true, "default": [], "items": { "$ref": "#/definitions/reportingDescriptor" } },
                "properties": { "$ref": "#/definitions/propertyBag" }
              },
              "required": [ "name" ]
            }
          }
        }
        """;
}
