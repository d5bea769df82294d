module @vit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x1x64xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1x17x64xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<64x3x8x8xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<64xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<64xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<64xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<64x64xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<64xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<64x64xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<64x64xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<64xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<64x64xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<64xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<128xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<64x128xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<64xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<64xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<64x64xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<64xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<64x64xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<64x64xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<64x64xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<64xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<128x64xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<64x128xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<64xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<64xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<5x64xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<5xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<1x1x64xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<1x17x64xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<64x3x8x8xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<64xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<64xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<64xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<64x64xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<64xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<64x64xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<64xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<64x64xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<64xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<64x64xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<64xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<64xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<128x64xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<128xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<64x128xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<64xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<64xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<64xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<64x64xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<64xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<64x64xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<64xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<64x64xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<64xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<64x64xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<64xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<64xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<64xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<128x64xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<64x128xf32> {tf.aliasing_output = 74 : i32}, %arg75: tensor<64xf32> {tf.aliasing_output = 75 : i32}, %arg76: tensor<64xf32> {tf.aliasing_output = 76 : i32}, %arg77: tensor<64xf32> {tf.aliasing_output = 77 : i32}, %arg78: tensor<5x64xf32> {tf.aliasing_output = 78 : i32}, %arg79: tensor<5xf32> {tf.aliasing_output = 79 : i32}, %arg80: tensor<1x1x64xf32> {tf.aliasing_output = 80 : i32}, %arg81: tensor<1x17x64xf32> {tf.aliasing_output = 81 : i32}, %arg82: tensor<64x3x8x8xf32> {tf.aliasing_output = 82 : i32}, %arg83: tensor<64xf32> {tf.aliasing_output = 83 : i32}, %arg84: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg85: tensor<64xf32> {tf.aliasing_output = 85 : i32}, %arg86: tensor<64x64xf32> {tf.aliasing_output = 86 : i32}, %arg87: tensor<64xf32> {tf.aliasing_output = 87 : i32}, %arg88: tensor<64x64xf32> {tf.aliasing_output = 88 : i32}, %arg89: tensor<64xf32> {tf.aliasing_output = 89 : i32}, %arg90: tensor<64x64xf32> {tf.aliasing_output = 90 : i32}, %arg91: tensor<64xf32> {tf.aliasing_output = 91 : i32}, %arg92: tensor<64x64xf32> {tf.aliasing_output = 92 : i32}, %arg93: tensor<64xf32> {tf.aliasing_output = 93 : i32}, %arg94: tensor<64xf32> {tf.aliasing_output = 94 : i32}, %arg95: tensor<64xf32> {tf.aliasing_output = 95 : i32}, %arg96: tensor<128x64xf32> {tf.aliasing_output = 96 : i32}, %arg97: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg98: tensor<64x128xf32> {tf.aliasing_output = 98 : i32}, %arg99: tensor<64xf32> {tf.aliasing_output = 99 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 100 : i32}, %arg101: tensor<64xf32> {tf.aliasing_output = 101 : i32}, %arg102: tensor<64x64xf32> {tf.aliasing_output = 102 : i32}, %arg103: tensor<64xf32> {tf.aliasing_output = 103 : i32}, %arg104: tensor<64x64xf32> {tf.aliasing_output = 104 : i32}, %arg105: tensor<64xf32> {tf.aliasing_output = 105 : i32}, %arg106: tensor<64x64xf32> {tf.aliasing_output = 106 : i32}, %arg107: tensor<64xf32> {tf.aliasing_output = 107 : i32}, %arg108: tensor<64x64xf32> {tf.aliasing_output = 108 : i32}, %arg109: tensor<64xf32> {tf.aliasing_output = 109 : i32}, %arg110: tensor<64xf32> {tf.aliasing_output = 110 : i32}, %arg111: tensor<64xf32> {tf.aliasing_output = 111 : i32}, %arg112: tensor<128x64xf32> {tf.aliasing_output = 112 : i32}, %arg113: tensor<128xf32> {tf.aliasing_output = 113 : i32}, %arg114: tensor<64x128xf32> {tf.aliasing_output = 114 : i32}, %arg115: tensor<64xf32> {tf.aliasing_output = 115 : i32}, %arg116: tensor<64xf32> {tf.aliasing_output = 116 : i32}, %arg117: tensor<64xf32> {tf.aliasing_output = 117 : i32}, %arg118: tensor<5x64xf32> {tf.aliasing_output = 118 : i32}, %arg119: tensor<5xf32> {tf.aliasing_output = 119 : i32}, %arg120: tensor<i32> {tf.aliasing_output = 120 : i32}, %arg121: tensor<2x32x32x3xui8>, %arg122: tensor<2xi32>, %arg123: tensor<2xui64>) -> (tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.convert"(%arg121) : (tensor<2x32x32x3xui8>) -> tensor<2x32x32x3xf32>
    %1 = stablehlo.constant dense<3.92156862745098e-3> : tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<2x32x32x3xf32>
    %4 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<ui64>
    %5 = stablehlo.constant dense<1> : tensor<ui64>
    %6 = stablehlo.add %4, %5 : tensor<ui64>
    %7 = stablehlo.constant dense<11400714819323198485> : tensor<ui64>
    %8 = stablehlo.multiply %6, %7 : tensor<ui64>
    %9 = stablehlo.constant dense<29> : tensor<ui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<ui64>
    %11 = stablehlo.xor %8, %10 : tensor<ui64>
    %12 = "stablehlo.reshape"(%11) : (tensor<ui64>) -> tensor<1xui64>
    %13 = stablehlo.constant dense<0> : tensor<ui64>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<ui64>) -> tensor<1xui64>
    %15 = "stablehlo.concatenate"(%12, %14) {dimension = 0 : i64} : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %16 = stablehlo.xor %arg123, %15 : tensor<2xui64>
    %17:2 = "stablehlo.rng_bit_generator"(%16) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x7xui32>)
    %18 = stablehlo.constant dense<9> : tensor<ui32>
    %19 = "stablehlo.broadcast_in_dim"(%18) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %20 = stablehlo.shift_right_logical %17#1, %19 : tensor<2x7xui32>
    %21 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %23 = stablehlo.or %20, %22 : tensor<2x7xui32>
    %24 = "stablehlo.bitcast_convert"(%23) : (tensor<2x7xui32>) -> tensor<2x7xf32>
    %25 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x7xf32>
    %27 = stablehlo.subtract %24, %26 : tensor<2x7xf32>
    %28 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<2x1xf32>) -> tensor<2xf32>
    %30 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %32 = "stablehlo.compare"(%29, %31) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %33 = stablehlo.constant dense<3.2e1> : tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %35 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %36 = "stablehlo.broadcast_in_dim"(%35) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32x32xf32>
    %38 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x32x32xf32>
    %39 = stablehlo.constant dense<3.125e-2> : tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %41 = stablehlo.multiply %34, %40 : tensor<2xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %43 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %45 = stablehlo.add %37, %44 : tensor<2x32x32xf32>
    %46 = "stablehlo.reshape"(%42) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<2x32x32xf32>
    %49 = "stablehlo.reshape"(%36) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %52 = stablehlo.add %51, %48 : tensor<2x32x32xf32>
    %53 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %55 = stablehlo.add %52, %54 : tensor<2x32x32xf32>
    %56 = stablehlo.add %36, %34 : tensor<2xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %60 = stablehlo.subtract %59, %48 : tensor<2x32x32xf32>
    %61 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %63 = stablehlo.add %60, %62 : tensor<2x32x32xf32>
    %64 = "stablehlo.reshape"(%32) : (tensor<2xi1>) -> tensor<2x1x1xi1>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x1x1xi1>) -> tensor<2xi1>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi1>) -> tensor<2x32x32xi1>
    %67 = "stablehlo.select"(%66, %63, %55) : (tensor<2x32x32xi1>, tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x32xf32>
    %68 = stablehlo.subtract %67, %38 : tensor<2x32x32xf32>
    %69 = stablehlo.abs %68 : tensor<2x32x32xf32>
    %70 = stablehlo.negate %69 : tensor<2x32x32xf32>
    %71 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %73 = stablehlo.add %70, %72 : tensor<2x32x32xf32>
    %74 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %76 = stablehlo.maximum %73, %75 : tensor<2x32x32xf32>
    %77 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %78 = "stablehlo.reduce"(%76, %77) ({
    ^bb0(%79: tensor<f32>, %80: tensor<f32>):
      %81 = stablehlo.add %79, %80 : tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x32x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %82 = "stablehlo.reshape"(%78) : (tensor<2x32xf32>) -> tensor<2x32x1xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<2x32x1xf32>) -> tensor<2x32xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x32xf32>) -> tensor<2x32x32xf32>
    %85 = stablehlo.divide %76, %84 : tensor<2x32x32xf32>
    %86 = "stablehlo.dot_general"(%3, %85) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x32x32x3xf32>, tensor<2x32x32xf32>) -> tensor<2x32x3x32xf32>
    %87 = "stablehlo.transpose"(%86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x32x3x32xf32>) -> tensor<2x32x32x3xf32>
    %88 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<2x1xf32>) -> tensor<2xf32>
    %90 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<2xf32>
    %93 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %95 = stablehlo.add %92, %94 : tensor<2xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %99 = stablehlo.multiply %87, %98 : tensor<2x32x32x3xf32>
    %100 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x1xf32>) -> tensor<2xf32>
    %102 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<2xf32>
    %105 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.add %104, %106 : tensor<2xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %109 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %110 = "stablehlo.reduce"(%99, %109) ({
    ^bb0(%111: tensor<f32>, %112: tensor<f32>):
      %113 = stablehlo.add %111, %112 : tensor<f32>
      "stablehlo.return"(%113) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x32x32x3xf32>, tensor<f32>) -> tensor<2xf32>
    %114 = stablehlo.constant dense<3.255208333333333e-4> : tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %116 = stablehlo.multiply %110, %115 : tensor<2xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %120 = stablehlo.subtract %99, %119 : tensor<2x32x32x3xf32>
    %121 = "stablehlo.reshape"(%108) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x32x32x3xf32>
    %124 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %126 = stablehlo.add %123, %125 : tensor<2x32x32x3xf32>
    %127 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %129 = stablehlo.maximum %126, %128 : tensor<2x32x32x3xf32>
    %130 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %132 = stablehlo.minimum %129, %131 : tensor<2x32x32x3xf32>
    %133 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %134 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %135 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %136 = stablehlo.subtract %132, %135 : tensor<2x32x32x3xf32>
    %137 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %138 = stablehlo.divide %136, %137 : tensor<2x32x32x3xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<2x32x32x3xf32>) -> tensor<2x4x8x4x8x3xf32>
    %140 = "stablehlo.transpose"(%139) {permutation = array<i64: 0, 1, 3, 5, 2, 4>} : (tensor<2x4x8x4x8x3xf32>) -> tensor<2x4x4x3x8x8xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<2x4x4x3x8x8xf32>) -> tensor<2x16x192xf32>
    %142 = "stablehlo.reshape"(%arg2) : (tensor<64x3x8x8xf32>) -> tensor<64x192xf32>
    %143 = "stablehlo.dot_general"(%141, %142) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x16x192xf32>, tensor<64x192xf32>) -> tensor<2x16x64xf32>
    %144 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x16x64xf32>
    %145 = stablehlo.add %143, %144 : tensor<2x16x64xf32>
    %146 = "stablehlo.reshape"(%arg0) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<1x64xf32>) -> tensor<2x1x64xf32>
    %148 = "stablehlo.concatenate"(%147, %145) {dimension = 1 : i64} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %149 = "stablehlo.reshape"(%arg1) : (tensor<1x17x64xf32>) -> tensor<17x64xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<17x64xf32>) -> tensor<2x17x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<2x17x64xf32>
    %152 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %153 = "stablehlo.reduce"(%151, %152) ({
    ^bb0(%154: tensor<f32>, %155: tensor<f32>):
      %156 = stablehlo.add %154, %155 : tensor<f32>
      "stablehlo.return"(%156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %157 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %159 = stablehlo.multiply %153, %158 : tensor<2x17xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %163 = stablehlo.subtract %151, %162 : tensor<2x17x64xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<2x17x64xf32>
    %165 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %166 = "stablehlo.reduce"(%164, %165) ({
    ^bb0(%167: tensor<f32>, %168: tensor<f32>):
      %169 = stablehlo.add %167, %168 : tensor<f32>
      "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %170 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %172 = stablehlo.multiply %166, %171 : tensor<2x17xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %174 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %175 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<2x17x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<2x17x1xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %180 = stablehlo.multiply %163, %179 : tensor<2x17x64xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<2x17x64xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x17x64xf32>
    %185 = "stablehlo.dot_general"(%184, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %187 = stablehlo.add %185, %186 : tensor<2x17x64xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %189 = "stablehlo.transpose"(%188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %190 = "stablehlo.dot_general"(%184, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %191 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x17x64xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %194 = "stablehlo.transpose"(%193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %195 = "stablehlo.dot_general"(%184, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %197 = stablehlo.add %195, %196 : tensor<2x17x64xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %199 = "stablehlo.transpose"(%198) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %200 = "stablehlo.dot_general"(%189, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %201 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<2x4x17x17xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = "stablehlo.reduce"(%203, %204) ({
    ^bb0(%206: tensor<f32>, %207: tensor<f32>):
      %208 = stablehlo.maximum %206, %207 : tensor<f32>
      "stablehlo.return"(%208) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %209 = "stablehlo.reshape"(%205) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %212 = stablehlo.subtract %203, %211 : tensor<2x4x17x17xf32>
    %213 = stablehlo.exponential %212 : tensor<2x4x17x17xf32>
    %214 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %215 = "stablehlo.reduce"(%213, %214) ({
    ^bb0(%216: tensor<f32>, %217: tensor<f32>):
      %218 = stablehlo.add %216, %217 : tensor<f32>
      "stablehlo.return"(%218) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %219 = "stablehlo.reshape"(%215) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %220 = "stablehlo.reshape"(%219) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %222 = stablehlo.divide %213, %221 : tensor<2x4x17x17xf32>
    %223 = "stablehlo.dot_general"(%222, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %224 = "stablehlo.transpose"(%223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %226 = "stablehlo.dot_general"(%225, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %228 = stablehlo.add %226, %227 : tensor<2x17x64xf32>
    %229 = stablehlo.add %151, %228 : tensor<2x17x64xf32>
    %230 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %231 = "stablehlo.reduce"(%229, %230) ({
    ^bb0(%232: tensor<f32>, %233: tensor<f32>):
      %234 = stablehlo.add %232, %233 : tensor<f32>
      "stablehlo.return"(%234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %235 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %237 = stablehlo.multiply %231, %236 : tensor<2x17xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %239 = "stablehlo.reshape"(%238) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %241 = stablehlo.subtract %229, %240 : tensor<2x17x64xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<2x17x64xf32>
    %243 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %244 = "stablehlo.reduce"(%242, %243) ({
    ^bb0(%245: tensor<f32>, %246: tensor<f32>):
      %247 = stablehlo.add %245, %246 : tensor<f32>
      "stablehlo.return"(%247) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %248 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %250 = stablehlo.multiply %244, %249 : tensor<2x17xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %252 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %254 = stablehlo.add %251, %253 : tensor<2x17x1xf32>
    %255 = stablehlo.rsqrt %254 : tensor<2x17x1xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %258 = stablehlo.multiply %241, %257 : tensor<2x17x64xf32>
    %259 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<2x17x64xf32>
    %261 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %262 = stablehlo.add %260, %261 : tensor<2x17x64xf32>
    %263 = "stablehlo.dot_general"(%262, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %264 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %265 = stablehlo.add %263, %264 : tensor<2x17x128xf32>
    %266 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<2x17x128xf32>
    %269 = "chlo.erf"(%268) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %270 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %272 = stablehlo.add %269, %271 : tensor<2x17x128xf32>
    %273 = stablehlo.multiply %265, %272 : tensor<2x17x128xf32>
    %274 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %275 = "stablehlo.broadcast_in_dim"(%274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %276 = stablehlo.multiply %273, %275 : tensor<2x17x128xf32>
    %277 = "stablehlo.dot_general"(%276, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %279 = stablehlo.add %277, %278 : tensor<2x17x64xf32>
    %280 = stablehlo.add %229, %279 : tensor<2x17x64xf32>
    %281 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %282 = "stablehlo.reduce"(%280, %281) ({
    ^bb0(%283: tensor<f32>, %284: tensor<f32>):
      %285 = stablehlo.add %283, %284 : tensor<f32>
      "stablehlo.return"(%285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %286 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %288 = stablehlo.multiply %282, %287 : tensor<2x17xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %292 = stablehlo.subtract %280, %291 : tensor<2x17x64xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<2x17x64xf32>
    %294 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %295 = "stablehlo.reduce"(%293, %294) ({
    ^bb0(%296: tensor<f32>, %297: tensor<f32>):
      %298 = stablehlo.add %296, %297 : tensor<f32>
      "stablehlo.return"(%298) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %299 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %301 = stablehlo.multiply %295, %300 : tensor<2x17xf32>
    %302 = "stablehlo.reshape"(%301) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %303 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<2x17x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<2x17x1xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %309 = stablehlo.multiply %292, %308 : tensor<2x17x64xf32>
    %310 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<2x17x64xf32>
    %312 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %313 = stablehlo.add %311, %312 : tensor<2x17x64xf32>
    %314 = "stablehlo.dot_general"(%313, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %315 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %316 = stablehlo.add %314, %315 : tensor<2x17x64xf32>
    %317 = "stablehlo.reshape"(%316) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %318 = "stablehlo.transpose"(%317) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %319 = "stablehlo.dot_general"(%313, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %320 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %321 = stablehlo.add %319, %320 : tensor<2x17x64xf32>
    %322 = "stablehlo.reshape"(%321) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %323 = "stablehlo.transpose"(%322) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %324 = "stablehlo.dot_general"(%313, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %325 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %326 = stablehlo.add %324, %325 : tensor<2x17x64xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %328 = "stablehlo.transpose"(%327) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %329 = "stablehlo.dot_general"(%318, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %330 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %332 = stablehlo.multiply %329, %331 : tensor<2x4x17x17xf32>
    %333 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %334 = "stablehlo.reduce"(%332, %333) ({
    ^bb0(%335: tensor<f32>, %336: tensor<f32>):
      %337 = stablehlo.maximum %335, %336 : tensor<f32>
      "stablehlo.return"(%337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %338 = "stablehlo.reshape"(%334) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %341 = stablehlo.subtract %332, %340 : tensor<2x4x17x17xf32>
    %342 = stablehlo.exponential %341 : tensor<2x4x17x17xf32>
    %343 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %344 = "stablehlo.reduce"(%342, %343) ({
    ^bb0(%345: tensor<f32>, %346: tensor<f32>):
      %347 = stablehlo.add %345, %346 : tensor<f32>
      "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %348 = "stablehlo.reshape"(%344) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %350 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %351 = stablehlo.divide %342, %350 : tensor<2x4x17x17xf32>
    %352 = "stablehlo.dot_general"(%351, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %353 = "stablehlo.transpose"(%352) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %355 = "stablehlo.dot_general"(%354, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %356 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %357 = stablehlo.add %355, %356 : tensor<2x17x64xf32>
    %358 = stablehlo.add %280, %357 : tensor<2x17x64xf32>
    %359 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
      %363 = stablehlo.add %361, %362 : tensor<f32>
      "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %364 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %366 = stablehlo.multiply %360, %365 : tensor<2x17xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %368 = "stablehlo.reshape"(%367) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %370 = stablehlo.subtract %358, %369 : tensor<2x17x64xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<2x17x64xf32>
    %372 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
      %376 = stablehlo.add %374, %375 : tensor<f32>
      "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %377 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %379 = stablehlo.multiply %373, %378 : tensor<2x17xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %381 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %383 = stablehlo.add %380, %382 : tensor<2x17x1xf32>
    %384 = stablehlo.rsqrt %383 : tensor<2x17x1xf32>
    %385 = "stablehlo.reshape"(%384) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %387 = stablehlo.multiply %370, %386 : tensor<2x17x64xf32>
    %388 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2x17x64xf32>
    %390 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %391 = stablehlo.add %389, %390 : tensor<2x17x64xf32>
    %392 = "stablehlo.dot_general"(%391, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %393 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %394 = stablehlo.add %392, %393 : tensor<2x17x128xf32>
    %395 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %397 = stablehlo.multiply %394, %396 : tensor<2x17x128xf32>
    %398 = "chlo.erf"(%397) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %399 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %401 = stablehlo.add %398, %400 : tensor<2x17x128xf32>
    %402 = stablehlo.multiply %394, %401 : tensor<2x17x128xf32>
    %403 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %404 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %405 = stablehlo.multiply %402, %404 : tensor<2x17x128xf32>
    %406 = "stablehlo.dot_general"(%405, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %408 = stablehlo.add %406, %407 : tensor<2x17x64xf32>
    %409 = stablehlo.add %358, %408 : tensor<2x17x64xf32>
    %410 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
      %414 = stablehlo.add %412, %413 : tensor<f32>
      "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %415 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %417 = stablehlo.multiply %411, %416 : tensor<2x17xf32>
    %418 = "stablehlo.reshape"(%417) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %421 = stablehlo.subtract %409, %420 : tensor<2x17x64xf32>
    %422 = stablehlo.multiply %421, %421 : tensor<2x17x64xf32>
    %423 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %424 = "stablehlo.reduce"(%422, %423) ({
    ^bb0(%425: tensor<f32>, %426: tensor<f32>):
      %427 = stablehlo.add %425, %426 : tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %428 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %430 = stablehlo.multiply %424, %429 : tensor<2x17xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %432 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %434 = stablehlo.add %431, %433 : tensor<2x17x1xf32>
    %435 = stablehlo.rsqrt %434 : tensor<2x17x1xf32>
    %436 = "stablehlo.reshape"(%435) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %438 = stablehlo.multiply %421, %437 : tensor<2x17x64xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %440 = stablehlo.multiply %438, %439 : tensor<2x17x64xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %442 = stablehlo.add %440, %441 : tensor<2x17x64xf32>
    %443 = "stablehlo.slice"(%442) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %445 = "stablehlo.dot_general"(%444, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x64xf32>, tensor<5x64xf32>) -> tensor<2x5xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 1>} : (tensor<5xf32>) -> tensor<2x5xf32>
    %447 = stablehlo.add %445, %446 : tensor<2x5xf32>
    %448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %449 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x5xi32>
    %450 = "stablehlo.compare"(%448, %449) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi1>
    %451 = "stablehlo.convert"(%450) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %452 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %453 = "stablehlo.reduce"(%447, %452) ({
    ^bb0(%454: tensor<f32>, %455: tensor<f32>):
      %456 = stablehlo.maximum %454, %455 : tensor<f32>
      "stablehlo.return"(%456) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %457 = "stablehlo.reshape"(%453) : (tensor<2xf32>) -> tensor<2x1xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<2x1xf32>) -> tensor<2xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %460 = stablehlo.subtract %447, %459 : tensor<2x5xf32>
    %461 = stablehlo.exponential %460 : tensor<2x5xf32>
    %462 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %463 = "stablehlo.reduce"(%461, %462) ({
    ^bb0(%464: tensor<f32>, %465: tensor<f32>):
      %466 = stablehlo.add %464, %465 : tensor<f32>
      "stablehlo.return"(%466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %467 = "stablehlo.reshape"(%463) : (tensor<2xf32>) -> tensor<2x1xf32>
    %468 = stablehlo.log %467 : tensor<2x1xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<2x1xf32>) -> tensor<2xf32>
    %470 = "stablehlo.broadcast_in_dim"(%469) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %471 = stablehlo.subtract %460, %470 : tensor<2x5xf32>
    %472 = stablehlo.multiply %471, %451 : tensor<2x5xf32>
    %473 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %474 = "stablehlo.reduce"(%472, %473) ({
    ^bb0(%475: tensor<f32>, %476: tensor<f32>):
      %477 = stablehlo.add %475, %476 : tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %478 = stablehlo.negate %474 : tensor<2xf32>
    %479 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %480 = "stablehlo.reduce"(%478, %479) ({
    ^bb0(%481: tensor<f32>, %482: tensor<f32>):
      %483 = stablehlo.add %481, %482 : tensor<f32>
      "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %484 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %485 = stablehlo.multiply %480, %484 : tensor<f32>
    %486 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %487 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %488 = "stablehlo.reduce"(%447, %487) ({
    ^bb0(%489: tensor<f32>, %490: tensor<f32>):
      %491 = stablehlo.maximum %489, %490 : tensor<f32>
      "stablehlo.return"(%491) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %492 = "stablehlo.reshape"(%488) : (tensor<2xf32>) -> tensor<2x1xf32>
    %493 = "stablehlo.reshape"(%492) : (tensor<2x1xf32>) -> tensor<2xf32>
    %494 = "stablehlo.broadcast_in_dim"(%493) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %495 = "stablehlo.compare"(%447, %494) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xi1>
    %496 = stablehlo.constant dense<5> : tensor<i32>
    %497 = "stablehlo.broadcast_in_dim"(%496) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<2x5xi32>
    %498 = "stablehlo.select"(%495, %486, %497) : (tensor<2x5xi1>, tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi32>
    %499 = stablehlo.constant dense<2147483647> : tensor<i32>
    %500 = "stablehlo.reduce"(%498, %499) ({
    ^bb0(%501: tensor<i32>, %502: tensor<i32>):
      %503 = stablehlo.minimum %501, %502 : tensor<i32>
      "stablehlo.return"(%503) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xi32>, tensor<i32>) -> tensor<2xi32>
    %504 = "stablehlo.compare"(%500, %arg122) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %505 = "stablehlo.convert"(%504) : (tensor<2xi1>) -> tensor<2xf32>
    %506 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %507 = "stablehlo.reduce"(%505, %506) ({
    ^bb0(%508: tensor<f32>, %509: tensor<f32>):
      %510 = stablehlo.add %508, %509 : tensor<f32>
      "stablehlo.return"(%510) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %511 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %512 = "stablehlo.broadcast_in_dim"(%511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %513 = stablehlo.multiply %512, %484 : tensor<f32>
    %514 = "stablehlo.broadcast_in_dim"(%513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %515 = stablehlo.negate %514 : tensor<2xf32>
    %516 = "stablehlo.broadcast_in_dim"(%515) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %517 = stablehlo.multiply %516, %451 : tensor<2x5xf32>
    %518 = stablehlo.negate %517 : tensor<2x5xf32>
    %519 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %520 = "stablehlo.reduce"(%518, %519) ({
    ^bb0(%521: tensor<f32>, %522: tensor<f32>):
      %523 = stablehlo.add %521, %522 : tensor<f32>
      "stablehlo.return"(%523) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %524 = "stablehlo.reshape"(%520) : (tensor<2xf32>) -> tensor<2x1xf32>
    %525 = stablehlo.divide %524, %467 : tensor<2x1xf32>
    %526 = "stablehlo.reshape"(%525) : (tensor<2x1xf32>) -> tensor<2xf32>
    %527 = "stablehlo.broadcast_in_dim"(%526) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %528 = stablehlo.multiply %527, %461 : tensor<2x5xf32>
    %529 = stablehlo.add %517, %528 : tensor<2x5xf32>
    %530 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %531 = "stablehlo.reduce"(%529, %530) ({
    ^bb0(%532: tensor<f32>, %533: tensor<f32>):
      %534 = stablehlo.add %532, %533 : tensor<f32>
      "stablehlo.return"(%534) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %535 = "stablehlo.dot_general"(%529, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %536 = "stablehlo.dot_general"(%529, %444) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %537 = "stablehlo.reshape"(%535) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %538 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %539 = "stablehlo.pad"(%537, %538) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %540 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %541 = "stablehlo.reduce"(%539, %540) ({
    ^bb0(%542: tensor<f32>, %543: tensor<f32>):
      %544 = stablehlo.add %542, %543 : tensor<f32>
      "stablehlo.return"(%544) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %545 = stablehlo.multiply %539, %439 : tensor<2x17x64xf32>
    %546 = stablehlo.multiply %539, %438 : tensor<2x17x64xf32>
    %547 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %548 = "stablehlo.reduce"(%546, %547) ({
    ^bb0(%549: tensor<f32>, %550: tensor<f32>):
      %551 = stablehlo.add %549, %550 : tensor<f32>
      "stablehlo.return"(%551) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %552 = stablehlo.multiply %545, %437 : tensor<2x17x64xf32>
    %553 = stablehlo.multiply %545, %421 : tensor<2x17x64xf32>
    %554 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %555 = "stablehlo.reduce"(%553, %554) ({
    ^bb0(%556: tensor<f32>, %557: tensor<f32>):
      %558 = stablehlo.add %556, %557 : tensor<f32>
      "stablehlo.return"(%558) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %559 = "stablehlo.reshape"(%555) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %560 = stablehlo.divide %435, %434 : tensor<2x17x1xf32>
    %561 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %562 = "stablehlo.broadcast_in_dim"(%561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %563 = stablehlo.multiply %560, %562 : tensor<2x17x1xf32>
    %564 = stablehlo.multiply %559, %563 : tensor<2x17x1xf32>
    %565 = "stablehlo.reshape"(%564) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %566 = stablehlo.multiply %565, %429 : tensor<2x17xf32>
    %567 = "stablehlo.broadcast_in_dim"(%566) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %568 = stablehlo.multiply %567, %421 : tensor<2x17x64xf32>
    %569 = stablehlo.multiply %567, %421 : tensor<2x17x64xf32>
    %570 = stablehlo.add %552, %568 : tensor<2x17x64xf32>
    %571 = stablehlo.add %570, %569 : tensor<2x17x64xf32>
    %572 = stablehlo.negate %571 : tensor<2x17x64xf32>
    %573 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %574 = "stablehlo.reduce"(%572, %573) ({
    ^bb0(%575: tensor<f32>, %576: tensor<f32>):
      %577 = stablehlo.add %575, %576 : tensor<f32>
      "stablehlo.return"(%577) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %578 = "stablehlo.reshape"(%574) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %579 = "stablehlo.reshape"(%578) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %580 = stablehlo.multiply %579, %416 : tensor<2x17xf32>
    %581 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %582 = stablehlo.add %571, %581 : tensor<2x17x64xf32>
    %583 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %584 = "stablehlo.reduce"(%582, %583) ({
    ^bb0(%585: tensor<f32>, %586: tensor<f32>):
      %587 = stablehlo.add %585, %586 : tensor<f32>
      "stablehlo.return"(%587) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %588 = "stablehlo.dot_general"(%582, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %589 = "stablehlo.dot_general"(%582, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %590 = stablehlo.multiply %588, %404 : tensor<2x17x128xf32>
    %591 = stablehlo.multiply %590, %401 : tensor<2x17x128xf32>
    %592 = stablehlo.multiply %590, %394 : tensor<2x17x128xf32>
    %593 = stablehlo.multiply %397, %397 : tensor<2x17x128xf32>
    %594 = stablehlo.negate %593 : tensor<2x17x128xf32>
    %595 = stablehlo.exponential %594 : tensor<2x17x128xf32>
    %596 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %597 = "stablehlo.broadcast_in_dim"(%596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %598 = stablehlo.multiply %595, %597 : tensor<2x17x128xf32>
    %599 = stablehlo.multiply %592, %598 : tensor<2x17x128xf32>
    %600 = stablehlo.multiply %599, %396 : tensor<2x17x128xf32>
    %601 = stablehlo.add %591, %600 : tensor<2x17x128xf32>
    %602 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %603 = "stablehlo.reduce"(%601, %602) ({
    ^bb0(%604: tensor<f32>, %605: tensor<f32>):
      %606 = stablehlo.add %604, %605 : tensor<f32>
      "stablehlo.return"(%606) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %607 = "stablehlo.dot_general"(%601, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %608 = "stablehlo.dot_general"(%601, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %609 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %610 = "stablehlo.reduce"(%607, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
      %613 = stablehlo.add %611, %612 : tensor<f32>
      "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %614 = stablehlo.multiply %607, %388 : tensor<2x17x64xf32>
    %615 = stablehlo.multiply %607, %387 : tensor<2x17x64xf32>
    %616 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
      %620 = stablehlo.add %618, %619 : tensor<f32>
      "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %621 = stablehlo.multiply %614, %386 : tensor<2x17x64xf32>
    %622 = stablehlo.multiply %614, %370 : tensor<2x17x64xf32>
    %623 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %624 = "stablehlo.reduce"(%622, %623) ({
    ^bb0(%625: tensor<f32>, %626: tensor<f32>):
      %627 = stablehlo.add %625, %626 : tensor<f32>
      "stablehlo.return"(%627) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %628 = "stablehlo.reshape"(%624) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %629 = stablehlo.divide %384, %383 : tensor<2x17x1xf32>
    %630 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %631 = "stablehlo.broadcast_in_dim"(%630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %632 = stablehlo.multiply %629, %631 : tensor<2x17x1xf32>
    %633 = stablehlo.multiply %628, %632 : tensor<2x17x1xf32>
    %634 = "stablehlo.reshape"(%633) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %635 = stablehlo.multiply %634, %378 : tensor<2x17xf32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %637 = stablehlo.multiply %636, %370 : tensor<2x17x64xf32>
    %638 = stablehlo.multiply %636, %370 : tensor<2x17x64xf32>
    %639 = stablehlo.add %621, %637 : tensor<2x17x64xf32>
    %640 = stablehlo.add %639, %638 : tensor<2x17x64xf32>
    %641 = stablehlo.negate %640 : tensor<2x17x64xf32>
    %642 = stablehlo.add %582, %640 : tensor<2x17x64xf32>
    %643 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %644 = "stablehlo.reduce"(%641, %643) ({
    ^bb0(%645: tensor<f32>, %646: tensor<f32>):
      %647 = stablehlo.add %645, %646 : tensor<f32>
      "stablehlo.return"(%647) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %648 = "stablehlo.reshape"(%644) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %649 = "stablehlo.reshape"(%648) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %650 = stablehlo.multiply %649, %365 : tensor<2x17xf32>
    %651 = "stablehlo.broadcast_in_dim"(%650) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %652 = stablehlo.add %642, %651 : tensor<2x17x64xf32>
    %653 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %654 = "stablehlo.reduce"(%652, %653) ({
    ^bb0(%655: tensor<f32>, %656: tensor<f32>):
      %657 = stablehlo.add %655, %656 : tensor<f32>
      "stablehlo.return"(%657) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %658 = "stablehlo.dot_general"(%652, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %659 = "stablehlo.dot_general"(%652, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %660 = "stablehlo.reshape"(%658) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %661 = "stablehlo.transpose"(%660) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %662 = "stablehlo.dot_general"(%661, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %663 = "stablehlo.dot_general"(%661, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %664 = "stablehlo.transpose"(%663) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %665 = stablehlo.divide %662, %350 : tensor<2x4x17x17xf32>
    %666 = stablehlo.multiply %665, %351 : tensor<2x4x17x17xf32>
    %667 = stablehlo.negate %666 : tensor<2x4x17x17xf32>
    %668 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %669 = "stablehlo.reduce"(%667, %668) ({
    ^bb0(%670: tensor<f32>, %671: tensor<f32>):
      %672 = stablehlo.add %670, %671 : tensor<f32>
      "stablehlo.return"(%672) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %673 = "stablehlo.reshape"(%669) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %674 = "stablehlo.reshape"(%673) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %675 = "stablehlo.broadcast_in_dim"(%674) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %676 = stablehlo.add %665, %675 : tensor<2x4x17x17xf32>
    %677 = stablehlo.multiply %676, %342 : tensor<2x4x17x17xf32>
    %678 = stablehlo.multiply %677, %331 : tensor<2x4x17x17xf32>
    %679 = "stablehlo.dot_general"(%678, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %680 = "stablehlo.dot_general"(%678, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %681 = "stablehlo.transpose"(%664) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %682 = "stablehlo.reshape"(%681) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %683 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %684 = "stablehlo.reduce"(%682, %683) ({
    ^bb0(%685: tensor<f32>, %686: tensor<f32>):
      %687 = stablehlo.add %685, %686 : tensor<f32>
      "stablehlo.return"(%687) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %688 = "stablehlo.dot_general"(%682, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %689 = "stablehlo.dot_general"(%682, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %690 = "stablehlo.transpose"(%680) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %691 = "stablehlo.reshape"(%690) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %692 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %693 = "stablehlo.reduce"(%691, %692) ({
    ^bb0(%694: tensor<f32>, %695: tensor<f32>):
      %696 = stablehlo.add %694, %695 : tensor<f32>
      "stablehlo.return"(%696) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %697 = "stablehlo.dot_general"(%691, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %698 = "stablehlo.dot_general"(%691, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %699 = stablehlo.add %688, %697 : tensor<2x17x64xf32>
    %700 = "stablehlo.transpose"(%679) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %701 = "stablehlo.reshape"(%700) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %702 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %703 = "stablehlo.reduce"(%701, %702) ({
    ^bb0(%704: tensor<f32>, %705: tensor<f32>):
      %706 = stablehlo.add %704, %705 : tensor<f32>
      "stablehlo.return"(%706) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %707 = "stablehlo.dot_general"(%701, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %708 = "stablehlo.dot_general"(%701, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %709 = stablehlo.add %699, %707 : tensor<2x17x64xf32>
    %710 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %711 = "stablehlo.reduce"(%709, %710) ({
    ^bb0(%712: tensor<f32>, %713: tensor<f32>):
      %714 = stablehlo.add %712, %713 : tensor<f32>
      "stablehlo.return"(%714) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %715 = stablehlo.multiply %709, %310 : tensor<2x17x64xf32>
    %716 = stablehlo.multiply %709, %309 : tensor<2x17x64xf32>
    %717 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %718 = "stablehlo.reduce"(%716, %717) ({
    ^bb0(%719: tensor<f32>, %720: tensor<f32>):
      %721 = stablehlo.add %719, %720 : tensor<f32>
      "stablehlo.return"(%721) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %722 = stablehlo.multiply %715, %308 : tensor<2x17x64xf32>
    %723 = stablehlo.multiply %715, %292 : tensor<2x17x64xf32>
    %724 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %725 = "stablehlo.reduce"(%723, %724) ({
    ^bb0(%726: tensor<f32>, %727: tensor<f32>):
      %728 = stablehlo.add %726, %727 : tensor<f32>
      "stablehlo.return"(%728) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %729 = "stablehlo.reshape"(%725) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %730 = stablehlo.divide %306, %305 : tensor<2x17x1xf32>
    %731 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %732 = "stablehlo.broadcast_in_dim"(%731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %733 = stablehlo.multiply %730, %732 : tensor<2x17x1xf32>
    %734 = stablehlo.multiply %729, %733 : tensor<2x17x1xf32>
    %735 = "stablehlo.reshape"(%734) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %736 = stablehlo.multiply %735, %300 : tensor<2x17xf32>
    %737 = "stablehlo.broadcast_in_dim"(%736) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %738 = stablehlo.multiply %737, %292 : tensor<2x17x64xf32>
    %739 = stablehlo.multiply %737, %292 : tensor<2x17x64xf32>
    %740 = stablehlo.add %722, %738 : tensor<2x17x64xf32>
    %741 = stablehlo.add %740, %739 : tensor<2x17x64xf32>
    %742 = stablehlo.negate %741 : tensor<2x17x64xf32>
    %743 = stablehlo.add %652, %741 : tensor<2x17x64xf32>
    %744 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %745 = "stablehlo.reduce"(%742, %744) ({
    ^bb0(%746: tensor<f32>, %747: tensor<f32>):
      %748 = stablehlo.add %746, %747 : tensor<f32>
      "stablehlo.return"(%748) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %749 = "stablehlo.reshape"(%745) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %750 = "stablehlo.reshape"(%749) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %751 = stablehlo.multiply %750, %287 : tensor<2x17xf32>
    %752 = "stablehlo.broadcast_in_dim"(%751) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %753 = stablehlo.add %743, %752 : tensor<2x17x64xf32>
    %754 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %755 = "stablehlo.reduce"(%753, %754) ({
    ^bb0(%756: tensor<f32>, %757: tensor<f32>):
      %758 = stablehlo.add %756, %757 : tensor<f32>
      "stablehlo.return"(%758) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %759 = "stablehlo.dot_general"(%753, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %760 = "stablehlo.dot_general"(%753, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %761 = stablehlo.multiply %759, %275 : tensor<2x17x128xf32>
    %762 = stablehlo.multiply %761, %272 : tensor<2x17x128xf32>
    %763 = stablehlo.multiply %761, %265 : tensor<2x17x128xf32>
    %764 = stablehlo.multiply %268, %268 : tensor<2x17x128xf32>
    %765 = stablehlo.negate %764 : tensor<2x17x128xf32>
    %766 = stablehlo.exponential %765 : tensor<2x17x128xf32>
    %767 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %768 = "stablehlo.broadcast_in_dim"(%767) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %769 = stablehlo.multiply %766, %768 : tensor<2x17x128xf32>
    %770 = stablehlo.multiply %763, %769 : tensor<2x17x128xf32>
    %771 = stablehlo.multiply %770, %267 : tensor<2x17x128xf32>
    %772 = stablehlo.add %762, %771 : tensor<2x17x128xf32>
    %773 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %774 = "stablehlo.reduce"(%772, %773) ({
    ^bb0(%775: tensor<f32>, %776: tensor<f32>):
      %777 = stablehlo.add %775, %776 : tensor<f32>
      "stablehlo.return"(%777) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %778 = "stablehlo.dot_general"(%772, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %779 = "stablehlo.dot_general"(%772, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %780 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %781 = "stablehlo.reduce"(%778, %780) ({
    ^bb0(%782: tensor<f32>, %783: tensor<f32>):
      %784 = stablehlo.add %782, %783 : tensor<f32>
      "stablehlo.return"(%784) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %785 = stablehlo.multiply %778, %259 : tensor<2x17x64xf32>
    %786 = stablehlo.multiply %778, %258 : tensor<2x17x64xf32>
    %787 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %788 = "stablehlo.reduce"(%786, %787) ({
    ^bb0(%789: tensor<f32>, %790: tensor<f32>):
      %791 = stablehlo.add %789, %790 : tensor<f32>
      "stablehlo.return"(%791) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %792 = stablehlo.multiply %785, %257 : tensor<2x17x64xf32>
    %793 = stablehlo.multiply %785, %241 : tensor<2x17x64xf32>
    %794 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %795 = "stablehlo.reduce"(%793, %794) ({
    ^bb0(%796: tensor<f32>, %797: tensor<f32>):
      %798 = stablehlo.add %796, %797 : tensor<f32>
      "stablehlo.return"(%798) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %799 = "stablehlo.reshape"(%795) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %800 = stablehlo.divide %255, %254 : tensor<2x17x1xf32>
    %801 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %802 = "stablehlo.broadcast_in_dim"(%801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %803 = stablehlo.multiply %800, %802 : tensor<2x17x1xf32>
    %804 = stablehlo.multiply %799, %803 : tensor<2x17x1xf32>
    %805 = "stablehlo.reshape"(%804) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %806 = stablehlo.multiply %805, %249 : tensor<2x17xf32>
    %807 = "stablehlo.broadcast_in_dim"(%806) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %808 = stablehlo.multiply %807, %241 : tensor<2x17x64xf32>
    %809 = stablehlo.multiply %807, %241 : tensor<2x17x64xf32>
    %810 = stablehlo.add %792, %808 : tensor<2x17x64xf32>
    %811 = stablehlo.add %810, %809 : tensor<2x17x64xf32>
    %812 = stablehlo.negate %811 : tensor<2x17x64xf32>
    %813 = stablehlo.add %753, %811 : tensor<2x17x64xf32>
    %814 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %815 = "stablehlo.reduce"(%812, %814) ({
    ^bb0(%816: tensor<f32>, %817: tensor<f32>):
      %818 = stablehlo.add %816, %817 : tensor<f32>
      "stablehlo.return"(%818) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %819 = "stablehlo.reshape"(%815) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %820 = "stablehlo.reshape"(%819) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %821 = stablehlo.multiply %820, %236 : tensor<2x17xf32>
    %822 = "stablehlo.broadcast_in_dim"(%821) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %823 = stablehlo.add %813, %822 : tensor<2x17x64xf32>
    %824 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %825 = "stablehlo.reduce"(%823, %824) ({
    ^bb0(%826: tensor<f32>, %827: tensor<f32>):
      %828 = stablehlo.add %826, %827 : tensor<f32>
      "stablehlo.return"(%828) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %829 = "stablehlo.dot_general"(%823, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %830 = "stablehlo.dot_general"(%823, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %831 = "stablehlo.reshape"(%829) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %832 = "stablehlo.transpose"(%831) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %833 = "stablehlo.dot_general"(%832, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %834 = "stablehlo.dot_general"(%832, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %835 = "stablehlo.transpose"(%834) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %836 = stablehlo.divide %833, %221 : tensor<2x4x17x17xf32>
    %837 = stablehlo.multiply %836, %222 : tensor<2x4x17x17xf32>
    %838 = stablehlo.negate %837 : tensor<2x4x17x17xf32>
    %839 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %840 = "stablehlo.reduce"(%838, %839) ({
    ^bb0(%841: tensor<f32>, %842: tensor<f32>):
      %843 = stablehlo.add %841, %842 : tensor<f32>
      "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %844 = "stablehlo.reshape"(%840) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %845 = "stablehlo.reshape"(%844) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %846 = "stablehlo.broadcast_in_dim"(%845) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %847 = stablehlo.add %836, %846 : tensor<2x4x17x17xf32>
    %848 = stablehlo.multiply %847, %213 : tensor<2x4x17x17xf32>
    %849 = stablehlo.multiply %848, %202 : tensor<2x4x17x17xf32>
    %850 = "stablehlo.dot_general"(%849, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %851 = "stablehlo.dot_general"(%849, %189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %852 = "stablehlo.transpose"(%835) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %853 = "stablehlo.reshape"(%852) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %854 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %855 = "stablehlo.reduce"(%853, %854) ({
    ^bb0(%856: tensor<f32>, %857: tensor<f32>):
      %858 = stablehlo.add %856, %857 : tensor<f32>
      "stablehlo.return"(%858) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %859 = "stablehlo.dot_general"(%853, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %860 = "stablehlo.dot_general"(%853, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %861 = "stablehlo.transpose"(%851) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %862 = "stablehlo.reshape"(%861) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %863 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %864 = "stablehlo.reduce"(%862, %863) ({
    ^bb0(%865: tensor<f32>, %866: tensor<f32>):
      %867 = stablehlo.add %865, %866 : tensor<f32>
      "stablehlo.return"(%867) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %868 = "stablehlo.dot_general"(%862, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %869 = "stablehlo.dot_general"(%862, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %870 = stablehlo.add %859, %868 : tensor<2x17x64xf32>
    %871 = "stablehlo.transpose"(%850) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %872 = "stablehlo.reshape"(%871) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %873 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %874 = "stablehlo.reduce"(%872, %873) ({
    ^bb0(%875: tensor<f32>, %876: tensor<f32>):
      %877 = stablehlo.add %875, %876 : tensor<f32>
      "stablehlo.return"(%877) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %878 = "stablehlo.dot_general"(%872, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %879 = "stablehlo.dot_general"(%872, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %880 = stablehlo.add %870, %878 : tensor<2x17x64xf32>
    %881 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %882 = "stablehlo.reduce"(%880, %881) ({
    ^bb0(%883: tensor<f32>, %884: tensor<f32>):
      %885 = stablehlo.add %883, %884 : tensor<f32>
      "stablehlo.return"(%885) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %886 = stablehlo.multiply %880, %181 : tensor<2x17x64xf32>
    %887 = stablehlo.multiply %880, %180 : tensor<2x17x64xf32>
    %888 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %889 = "stablehlo.reduce"(%887, %888) ({
    ^bb0(%890: tensor<f32>, %891: tensor<f32>):
      %892 = stablehlo.add %890, %891 : tensor<f32>
      "stablehlo.return"(%892) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %893 = stablehlo.multiply %886, %179 : tensor<2x17x64xf32>
    %894 = stablehlo.multiply %886, %163 : tensor<2x17x64xf32>
    %895 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %896 = "stablehlo.reduce"(%894, %895) ({
    ^bb0(%897: tensor<f32>, %898: tensor<f32>):
      %899 = stablehlo.add %897, %898 : tensor<f32>
      "stablehlo.return"(%899) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %900 = "stablehlo.reshape"(%896) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %901 = stablehlo.divide %177, %176 : tensor<2x17x1xf32>
    %902 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %903 = "stablehlo.broadcast_in_dim"(%902) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %904 = stablehlo.multiply %901, %903 : tensor<2x17x1xf32>
    %905 = stablehlo.multiply %900, %904 : tensor<2x17x1xf32>
    %906 = "stablehlo.reshape"(%905) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %907 = stablehlo.multiply %906, %171 : tensor<2x17xf32>
    %908 = "stablehlo.broadcast_in_dim"(%907) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %909 = stablehlo.multiply %908, %163 : tensor<2x17x64xf32>
    %910 = stablehlo.multiply %908, %163 : tensor<2x17x64xf32>
    %911 = stablehlo.add %893, %909 : tensor<2x17x64xf32>
    %912 = stablehlo.add %911, %910 : tensor<2x17x64xf32>
    %913 = stablehlo.negate %912 : tensor<2x17x64xf32>
    %914 = stablehlo.add %823, %912 : tensor<2x17x64xf32>
    %915 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %916 = "stablehlo.reduce"(%913, %915) ({
    ^bb0(%917: tensor<f32>, %918: tensor<f32>):
      %919 = stablehlo.add %917, %918 : tensor<f32>
      "stablehlo.return"(%919) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %920 = "stablehlo.reshape"(%916) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %921 = "stablehlo.reshape"(%920) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %922 = stablehlo.multiply %921, %158 : tensor<2x17xf32>
    %923 = "stablehlo.broadcast_in_dim"(%922) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %924 = stablehlo.add %914, %923 : tensor<2x17x64xf32>
    %925 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %926 = "stablehlo.reduce"(%924, %925) ({
    ^bb0(%927: tensor<f32>, %928: tensor<f32>):
      %929 = stablehlo.add %927, %928 : tensor<f32>
      "stablehlo.return"(%929) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<17x64xf32>
    %930 = "stablehlo.reshape"(%926) : (tensor<17x64xf32>) -> tensor<1x17x64xf32>
    %931 = "stablehlo.slice"(%924) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %932 = "stablehlo.slice"(%924) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %933 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %934 = "stablehlo.reduce"(%931, %933) ({
    ^bb0(%935: tensor<f32>, %936: tensor<f32>):
      %937 = stablehlo.add %935, %936 : tensor<f32>
      "stablehlo.return"(%937) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %938 = "stablehlo.reshape"(%934) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %939 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %940 = "stablehlo.reduce"(%932, %939) ({
    ^bb0(%941: tensor<f32>, %942: tensor<f32>):
      %943 = stablehlo.add %941, %942 : tensor<f32>
      "stablehlo.return"(%943) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %944 = "stablehlo.dot_general"(%932, %141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %945 = "stablehlo.reshape"(%944) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %946 = stablehlo.multiply %938, %938 : tensor<1x1x64xf32>
    %947 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %948 = "stablehlo.reduce"(%946, %947) ({
    ^bb0(%949: tensor<f32>, %950: tensor<f32>):
      %951 = stablehlo.add %949, %950 : tensor<f32>
      "stablehlo.return"(%951) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %952 = stablehlo.multiply %930, %930 : tensor<1x17x64xf32>
    %953 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %954 = "stablehlo.reduce"(%952, %953) ({
    ^bb0(%955: tensor<f32>, %956: tensor<f32>):
      %957 = stablehlo.add %955, %956 : tensor<f32>
      "stablehlo.return"(%957) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %958 = stablehlo.add %948, %954 : tensor<f32>
    %959 = stablehlo.multiply %945, %945 : tensor<64x3x8x8xf32>
    %960 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %961 = "stablehlo.reduce"(%959, %960) ({
    ^bb0(%962: tensor<f32>, %963: tensor<f32>):
      %964 = stablehlo.add %962, %963 : tensor<f32>
      "stablehlo.return"(%964) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %965 = stablehlo.add %958, %961 : tensor<f32>
    %966 = stablehlo.multiply %940, %940 : tensor<64xf32>
    %967 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %968 = "stablehlo.reduce"(%966, %967) ({
    ^bb0(%969: tensor<f32>, %970: tensor<f32>):
      %971 = stablehlo.add %969, %970 : tensor<f32>
      "stablehlo.return"(%971) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %972 = stablehlo.add %965, %968 : tensor<f32>
    %973 = stablehlo.multiply %889, %889 : tensor<64xf32>
    %974 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %975 = "stablehlo.reduce"(%973, %974) ({
    ^bb0(%976: tensor<f32>, %977: tensor<f32>):
      %978 = stablehlo.add %976, %977 : tensor<f32>
      "stablehlo.return"(%978) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %979 = stablehlo.add %972, %975 : tensor<f32>
    %980 = stablehlo.multiply %882, %882 : tensor<64xf32>
    %981 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %982 = "stablehlo.reduce"(%980, %981) ({
    ^bb0(%983: tensor<f32>, %984: tensor<f32>):
      %985 = stablehlo.add %983, %984 : tensor<f32>
      "stablehlo.return"(%985) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %986 = stablehlo.add %979, %982 : tensor<f32>
    %987 = stablehlo.multiply %879, %879 : tensor<64x64xf32>
    %988 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %989 = "stablehlo.reduce"(%987, %988) ({
    ^bb0(%990: tensor<f32>, %991: tensor<f32>):
      %992 = stablehlo.add %990, %991 : tensor<f32>
      "stablehlo.return"(%992) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %993 = stablehlo.add %986, %989 : tensor<f32>
    %994 = stablehlo.multiply %874, %874 : tensor<64xf32>
    %995 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %996 = "stablehlo.reduce"(%994, %995) ({
    ^bb0(%997: tensor<f32>, %998: tensor<f32>):
      %999 = stablehlo.add %997, %998 : tensor<f32>
      "stablehlo.return"(%999) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1000 = stablehlo.add %993, %996 : tensor<f32>
    %1001 = stablehlo.multiply %869, %869 : tensor<64x64xf32>
    %1002 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1003 = "stablehlo.reduce"(%1001, %1002) ({
    ^bb0(%1004: tensor<f32>, %1005: tensor<f32>):
      %1006 = stablehlo.add %1004, %1005 : tensor<f32>
      "stablehlo.return"(%1006) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1007 = stablehlo.add %1000, %1003 : tensor<f32>
    %1008 = stablehlo.multiply %864, %864 : tensor<64xf32>
    %1009 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1010 = "stablehlo.reduce"(%1008, %1009) ({
    ^bb0(%1011: tensor<f32>, %1012: tensor<f32>):
      %1013 = stablehlo.add %1011, %1012 : tensor<f32>
      "stablehlo.return"(%1013) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1014 = stablehlo.add %1007, %1010 : tensor<f32>
    %1015 = stablehlo.multiply %860, %860 : tensor<64x64xf32>
    %1016 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1017 = "stablehlo.reduce"(%1015, %1016) ({
    ^bb0(%1018: tensor<f32>, %1019: tensor<f32>):
      %1020 = stablehlo.add %1018, %1019 : tensor<f32>
      "stablehlo.return"(%1020) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1021 = stablehlo.add %1014, %1017 : tensor<f32>
    %1022 = stablehlo.multiply %855, %855 : tensor<64xf32>
    %1023 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1024 = "stablehlo.reduce"(%1022, %1023) ({
    ^bb0(%1025: tensor<f32>, %1026: tensor<f32>):
      %1027 = stablehlo.add %1025, %1026 : tensor<f32>
      "stablehlo.return"(%1027) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1028 = stablehlo.add %1021, %1024 : tensor<f32>
    %1029 = stablehlo.multiply %830, %830 : tensor<64x64xf32>
    %1030 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1031 = "stablehlo.reduce"(%1029, %1030) ({
    ^bb0(%1032: tensor<f32>, %1033: tensor<f32>):
      %1034 = stablehlo.add %1032, %1033 : tensor<f32>
      "stablehlo.return"(%1034) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1035 = stablehlo.add %1028, %1031 : tensor<f32>
    %1036 = stablehlo.multiply %825, %825 : tensor<64xf32>
    %1037 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1038 = "stablehlo.reduce"(%1036, %1037) ({
    ^bb0(%1039: tensor<f32>, %1040: tensor<f32>):
      %1041 = stablehlo.add %1039, %1040 : tensor<f32>
      "stablehlo.return"(%1041) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1042 = stablehlo.add %1035, %1038 : tensor<f32>
    %1043 = stablehlo.multiply %788, %788 : tensor<64xf32>
    %1044 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1045 = "stablehlo.reduce"(%1043, %1044) ({
    ^bb0(%1046: tensor<f32>, %1047: tensor<f32>):
      %1048 = stablehlo.add %1046, %1047 : tensor<f32>
      "stablehlo.return"(%1048) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1049 = stablehlo.add %1042, %1045 : tensor<f32>
    %1050 = stablehlo.multiply %781, %781 : tensor<64xf32>
    %1051 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1052 = "stablehlo.reduce"(%1050, %1051) ({
    ^bb0(%1053: tensor<f32>, %1054: tensor<f32>):
      %1055 = stablehlo.add %1053, %1054 : tensor<f32>
      "stablehlo.return"(%1055) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1056 = stablehlo.add %1049, %1052 : tensor<f32>
    %1057 = stablehlo.multiply %779, %779 : tensor<128x64xf32>
    %1058 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1059 = "stablehlo.reduce"(%1057, %1058) ({
    ^bb0(%1060: tensor<f32>, %1061: tensor<f32>):
      %1062 = stablehlo.add %1060, %1061 : tensor<f32>
      "stablehlo.return"(%1062) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1063 = stablehlo.add %1056, %1059 : tensor<f32>
    %1064 = stablehlo.multiply %774, %774 : tensor<128xf32>
    %1065 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1066 = "stablehlo.reduce"(%1064, %1065) ({
    ^bb0(%1067: tensor<f32>, %1068: tensor<f32>):
      %1069 = stablehlo.add %1067, %1068 : tensor<f32>
      "stablehlo.return"(%1069) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1070 = stablehlo.add %1063, %1066 : tensor<f32>
    %1071 = stablehlo.multiply %760, %760 : tensor<64x128xf32>
    %1072 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1073 = "stablehlo.reduce"(%1071, %1072) ({
    ^bb0(%1074: tensor<f32>, %1075: tensor<f32>):
      %1076 = stablehlo.add %1074, %1075 : tensor<f32>
      "stablehlo.return"(%1076) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1077 = stablehlo.add %1070, %1073 : tensor<f32>
    %1078 = stablehlo.multiply %755, %755 : tensor<64xf32>
    %1079 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1080 = "stablehlo.reduce"(%1078, %1079) ({
    ^bb0(%1081: tensor<f32>, %1082: tensor<f32>):
      %1083 = stablehlo.add %1081, %1082 : tensor<f32>
      "stablehlo.return"(%1083) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1084 = stablehlo.add %1077, %1080 : tensor<f32>
    %1085 = stablehlo.multiply %718, %718 : tensor<64xf32>
    %1086 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1087 = "stablehlo.reduce"(%1085, %1086) ({
    ^bb0(%1088: tensor<f32>, %1089: tensor<f32>):
      %1090 = stablehlo.add %1088, %1089 : tensor<f32>
      "stablehlo.return"(%1090) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1091 = stablehlo.add %1084, %1087 : tensor<f32>
    %1092 = stablehlo.multiply %711, %711 : tensor<64xf32>
    %1093 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1094 = "stablehlo.reduce"(%1092, %1093) ({
    ^bb0(%1095: tensor<f32>, %1096: tensor<f32>):
      %1097 = stablehlo.add %1095, %1096 : tensor<f32>
      "stablehlo.return"(%1097) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1098 = stablehlo.add %1091, %1094 : tensor<f32>
    %1099 = stablehlo.multiply %708, %708 : tensor<64x64xf32>
    %1100 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1099, %1100) ({
    ^bb0(%1102: tensor<f32>, %1103: tensor<f32>):
      %1104 = stablehlo.add %1102, %1103 : tensor<f32>
      "stablehlo.return"(%1104) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1105 = stablehlo.add %1098, %1101 : tensor<f32>
    %1106 = stablehlo.multiply %703, %703 : tensor<64xf32>
    %1107 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1108 = "stablehlo.reduce"(%1106, %1107) ({
    ^bb0(%1109: tensor<f32>, %1110: tensor<f32>):
      %1111 = stablehlo.add %1109, %1110 : tensor<f32>
      "stablehlo.return"(%1111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1112 = stablehlo.add %1105, %1108 : tensor<f32>
    %1113 = stablehlo.multiply %698, %698 : tensor<64x64xf32>
    %1114 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1115 = "stablehlo.reduce"(%1113, %1114) ({
    ^bb0(%1116: tensor<f32>, %1117: tensor<f32>):
      %1118 = stablehlo.add %1116, %1117 : tensor<f32>
      "stablehlo.return"(%1118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1119 = stablehlo.add %1112, %1115 : tensor<f32>
    %1120 = stablehlo.multiply %693, %693 : tensor<64xf32>
    %1121 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1122 = "stablehlo.reduce"(%1120, %1121) ({
    ^bb0(%1123: tensor<f32>, %1124: tensor<f32>):
      %1125 = stablehlo.add %1123, %1124 : tensor<f32>
      "stablehlo.return"(%1125) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1126 = stablehlo.add %1119, %1122 : tensor<f32>
    %1127 = stablehlo.multiply %689, %689 : tensor<64x64xf32>
    %1128 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) ({
    ^bb0(%1130: tensor<f32>, %1131: tensor<f32>):
      %1132 = stablehlo.add %1130, %1131 : tensor<f32>
      "stablehlo.return"(%1132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1133 = stablehlo.add %1126, %1129 : tensor<f32>
    %1134 = stablehlo.multiply %684, %684 : tensor<64xf32>
    %1135 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1136 = "stablehlo.reduce"(%1134, %1135) ({
    ^bb0(%1137: tensor<f32>, %1138: tensor<f32>):
      %1139 = stablehlo.add %1137, %1138 : tensor<f32>
      "stablehlo.return"(%1139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1140 = stablehlo.add %1133, %1136 : tensor<f32>
    %1141 = stablehlo.multiply %659, %659 : tensor<64x64xf32>
    %1142 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1143 = "stablehlo.reduce"(%1141, %1142) ({
    ^bb0(%1144: tensor<f32>, %1145: tensor<f32>):
      %1146 = stablehlo.add %1144, %1145 : tensor<f32>
      "stablehlo.return"(%1146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1147 = stablehlo.add %1140, %1143 : tensor<f32>
    %1148 = stablehlo.multiply %654, %654 : tensor<64xf32>
    %1149 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1150 = "stablehlo.reduce"(%1148, %1149) ({
    ^bb0(%1151: tensor<f32>, %1152: tensor<f32>):
      %1153 = stablehlo.add %1151, %1152 : tensor<f32>
      "stablehlo.return"(%1153) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1154 = stablehlo.add %1147, %1150 : tensor<f32>
    %1155 = stablehlo.multiply %617, %617 : tensor<64xf32>
    %1156 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1157 = "stablehlo.reduce"(%1155, %1156) ({
    ^bb0(%1158: tensor<f32>, %1159: tensor<f32>):
      %1160 = stablehlo.add %1158, %1159 : tensor<f32>
      "stablehlo.return"(%1160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1161 = stablehlo.add %1154, %1157 : tensor<f32>
    %1162 = stablehlo.multiply %610, %610 : tensor<64xf32>
    %1163 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1164 = "stablehlo.reduce"(%1162, %1163) ({
    ^bb0(%1165: tensor<f32>, %1166: tensor<f32>):
      %1167 = stablehlo.add %1165, %1166 : tensor<f32>
      "stablehlo.return"(%1167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1168 = stablehlo.add %1161, %1164 : tensor<f32>
    %1169 = stablehlo.multiply %608, %608 : tensor<128x64xf32>
    %1170 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1171 = "stablehlo.reduce"(%1169, %1170) ({
    ^bb0(%1172: tensor<f32>, %1173: tensor<f32>):
      %1174 = stablehlo.add %1172, %1173 : tensor<f32>
      "stablehlo.return"(%1174) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1175 = stablehlo.add %1168, %1171 : tensor<f32>
    %1176 = stablehlo.multiply %603, %603 : tensor<128xf32>
    %1177 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1178 = "stablehlo.reduce"(%1176, %1177) ({
    ^bb0(%1179: tensor<f32>, %1180: tensor<f32>):
      %1181 = stablehlo.add %1179, %1180 : tensor<f32>
      "stablehlo.return"(%1181) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1182 = stablehlo.add %1175, %1178 : tensor<f32>
    %1183 = stablehlo.multiply %589, %589 : tensor<64x128xf32>
    %1184 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1185 = "stablehlo.reduce"(%1183, %1184) ({
    ^bb0(%1186: tensor<f32>, %1187: tensor<f32>):
      %1188 = stablehlo.add %1186, %1187 : tensor<f32>
      "stablehlo.return"(%1188) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1189 = stablehlo.add %1182, %1185 : tensor<f32>
    %1190 = stablehlo.multiply %584, %584 : tensor<64xf32>
    %1191 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1192 = "stablehlo.reduce"(%1190, %1191) ({
    ^bb0(%1193: tensor<f32>, %1194: tensor<f32>):
      %1195 = stablehlo.add %1193, %1194 : tensor<f32>
      "stablehlo.return"(%1195) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1196 = stablehlo.add %1189, %1192 : tensor<f32>
    %1197 = stablehlo.multiply %548, %548 : tensor<64xf32>
    %1198 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1199 = "stablehlo.reduce"(%1197, %1198) ({
    ^bb0(%1200: tensor<f32>, %1201: tensor<f32>):
      %1202 = stablehlo.add %1200, %1201 : tensor<f32>
      "stablehlo.return"(%1202) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1203 = stablehlo.add %1196, %1199 : tensor<f32>
    %1204 = stablehlo.multiply %541, %541 : tensor<64xf32>
    %1205 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1206 = "stablehlo.reduce"(%1204, %1205) ({
    ^bb0(%1207: tensor<f32>, %1208: tensor<f32>):
      %1209 = stablehlo.add %1207, %1208 : tensor<f32>
      "stablehlo.return"(%1209) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1210 = stablehlo.add %1203, %1206 : tensor<f32>
    %1211 = stablehlo.multiply %536, %536 : tensor<5x64xf32>
    %1212 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1213 = "stablehlo.reduce"(%1211, %1212) ({
    ^bb0(%1214: tensor<f32>, %1215: tensor<f32>):
      %1216 = stablehlo.add %1214, %1215 : tensor<f32>
      "stablehlo.return"(%1216) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1217 = stablehlo.add %1210, %1213 : tensor<f32>
    %1218 = stablehlo.multiply %531, %531 : tensor<5xf32>
    %1219 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1220 = "stablehlo.reduce"(%1218, %1219) ({
    ^bb0(%1221: tensor<f32>, %1222: tensor<f32>):
      %1223 = stablehlo.add %1221, %1222 : tensor<f32>
      "stablehlo.return"(%1223) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1224 = stablehlo.add %1217, %1220 : tensor<f32>
    %1225 = stablehlo.sqrt %1224 : tensor<f32>
    %1226 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1227 = "stablehlo.compare"(%1225, %1226) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1228 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1230 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1231 = stablehlo.divide %1230, %1225 : tensor<f32>
    %1232 = "stablehlo.select"(%1227, %1229, %1231) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1233 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1234 = stablehlo.multiply %938, %1233 : tensor<1x1x64xf32>
    %1235 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1236 = stablehlo.multiply %930, %1235 : tensor<1x17x64xf32>
    %1237 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1238 = stablehlo.multiply %945, %1237 : tensor<64x3x8x8xf32>
    %1239 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1240 = stablehlo.multiply %940, %1239 : tensor<64xf32>
    %1241 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1242 = stablehlo.multiply %889, %1241 : tensor<64xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1244 = stablehlo.multiply %882, %1243 : tensor<64xf32>
    %1245 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1246 = stablehlo.multiply %879, %1245 : tensor<64x64xf32>
    %1247 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1248 = stablehlo.multiply %874, %1247 : tensor<64xf32>
    %1249 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1250 = stablehlo.multiply %869, %1249 : tensor<64x64xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1252 = stablehlo.multiply %864, %1251 : tensor<64xf32>
    %1253 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1254 = stablehlo.multiply %860, %1253 : tensor<64x64xf32>
    %1255 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1256 = stablehlo.multiply %855, %1255 : tensor<64xf32>
    %1257 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1258 = stablehlo.multiply %830, %1257 : tensor<64x64xf32>
    %1259 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1260 = stablehlo.multiply %825, %1259 : tensor<64xf32>
    %1261 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1262 = stablehlo.multiply %788, %1261 : tensor<64xf32>
    %1263 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1264 = stablehlo.multiply %781, %1263 : tensor<64xf32>
    %1265 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1266 = stablehlo.multiply %779, %1265 : tensor<128x64xf32>
    %1267 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1268 = stablehlo.multiply %774, %1267 : tensor<128xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1270 = stablehlo.multiply %760, %1269 : tensor<64x128xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1272 = stablehlo.multiply %755, %1271 : tensor<64xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1274 = stablehlo.multiply %718, %1273 : tensor<64xf32>
    %1275 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1276 = stablehlo.multiply %711, %1275 : tensor<64xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1278 = stablehlo.multiply %708, %1277 : tensor<64x64xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1280 = stablehlo.multiply %703, %1279 : tensor<64xf32>
    %1281 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1282 = stablehlo.multiply %698, %1281 : tensor<64x64xf32>
    %1283 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1284 = stablehlo.multiply %693, %1283 : tensor<64xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1286 = stablehlo.multiply %689, %1285 : tensor<64x64xf32>
    %1287 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1288 = stablehlo.multiply %684, %1287 : tensor<64xf32>
    %1289 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1290 = stablehlo.multiply %659, %1289 : tensor<64x64xf32>
    %1291 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1292 = stablehlo.multiply %654, %1291 : tensor<64xf32>
    %1293 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1294 = stablehlo.multiply %617, %1293 : tensor<64xf32>
    %1295 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1296 = stablehlo.multiply %610, %1295 : tensor<64xf32>
    %1297 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1298 = stablehlo.multiply %608, %1297 : tensor<128x64xf32>
    %1299 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1300 = stablehlo.multiply %603, %1299 : tensor<128xf32>
    %1301 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1302 = stablehlo.multiply %589, %1301 : tensor<64x128xf32>
    %1303 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1304 = stablehlo.multiply %584, %1303 : tensor<64xf32>
    %1305 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1306 = stablehlo.multiply %548, %1305 : tensor<64xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1308 = stablehlo.multiply %541, %1307 : tensor<64xf32>
    %1309 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1310 = stablehlo.multiply %536, %1309 : tensor<5x64xf32>
    %1311 = "stablehlo.broadcast_in_dim"(%1232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1312 = stablehlo.multiply %531, %1311 : tensor<5xf32>
    %1313 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1314 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1315 = stablehlo.multiply %1313, %1314 : tensor<f32>
    %1316 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1317 = stablehlo.add %1313, %1316 : tensor<f32>
    %1318 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1319 = stablehlo.minimum %1317, %1318 : tensor<f32>
    %1320 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1321 = stablehlo.multiply %1319, %1320 : tensor<f32>
    %1322 = stablehlo.cosine %1321 : tensor<f32>
    %1323 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1324 = stablehlo.add %1322, %1323 : tensor<f32>
    %1325 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1326 = stablehlo.multiply %1324, %1325 : tensor<f32>
    %1327 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1328 = "stablehlo.compare"(%1313, %1327) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1329 = "stablehlo.select"(%1328, %1315, %1326) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1330 = stablehlo.constant dense<1> : tensor<i32>
    %1331 = stablehlo.add %arg120, %1330 : tensor<i32>
    %1332 = "stablehlo.convert"(%1331) : (tensor<i32>) -> tensor<f32>
    %1333 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1334 = "stablehlo.broadcast_in_dim"(%1333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1335 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1336 = stablehlo.power %1335, %1332 : tensor<f32>
    %1337 = stablehlo.subtract %1334, %1336 : tensor<f32>
    %1338 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1339 = "stablehlo.broadcast_in_dim"(%1338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1340 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1341 = stablehlo.power %1340, %1332 : tensor<f32>
    %1342 = stablehlo.subtract %1339, %1341 : tensor<f32>
    %1343 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1345 = stablehlo.multiply %arg40, %1344 : tensor<1x1x64xf32>
    %1346 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1348 = stablehlo.multiply %1234, %1347 : tensor<1x1x64xf32>
    %1349 = stablehlo.add %1345, %1348 : tensor<1x1x64xf32>
    %1350 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1351 = "stablehlo.broadcast_in_dim"(%1350) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1352 = stablehlo.multiply %arg80, %1351 : tensor<1x1x64xf32>
    %1353 = stablehlo.multiply %1234, %1234 : tensor<1x1x64xf32>
    %1354 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1356 = stablehlo.multiply %1353, %1355 : tensor<1x1x64xf32>
    %1357 = stablehlo.add %1352, %1356 : tensor<1x1x64xf32>
    %1358 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1359 = stablehlo.divide %1349, %1358 : tensor<1x1x64xf32>
    %1360 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1361 = stablehlo.divide %1357, %1360 : tensor<1x1x64xf32>
    %1362 = stablehlo.sqrt %1361 : tensor<1x1x64xf32>
    %1363 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1364 = "stablehlo.broadcast_in_dim"(%1363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1365 = stablehlo.add %1362, %1364 : tensor<1x1x64xf32>
    %1366 = stablehlo.divide %1359, %1365 : tensor<1x1x64xf32>
    %1367 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1368 = stablehlo.multiply %1366, %1367 : tensor<1x1x64xf32>
    %1369 = stablehlo.subtract %arg0, %1368 : tensor<1x1x64xf32>
    %1370 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1372 = stablehlo.multiply %arg41, %1371 : tensor<1x17x64xf32>
    %1373 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1374 = "stablehlo.broadcast_in_dim"(%1373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1375 = stablehlo.multiply %1236, %1374 : tensor<1x17x64xf32>
    %1376 = stablehlo.add %1372, %1375 : tensor<1x17x64xf32>
    %1377 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1378 = "stablehlo.broadcast_in_dim"(%1377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1379 = stablehlo.multiply %arg81, %1378 : tensor<1x17x64xf32>
    %1380 = stablehlo.multiply %1236, %1236 : tensor<1x17x64xf32>
    %1381 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1382 = "stablehlo.broadcast_in_dim"(%1381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1383 = stablehlo.multiply %1380, %1382 : tensor<1x17x64xf32>
    %1384 = stablehlo.add %1379, %1383 : tensor<1x17x64xf32>
    %1385 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1386 = stablehlo.divide %1376, %1385 : tensor<1x17x64xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1388 = stablehlo.divide %1384, %1387 : tensor<1x17x64xf32>
    %1389 = stablehlo.sqrt %1388 : tensor<1x17x64xf32>
    %1390 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1391 = "stablehlo.broadcast_in_dim"(%1390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1392 = stablehlo.add %1389, %1391 : tensor<1x17x64xf32>
    %1393 = stablehlo.divide %1386, %1392 : tensor<1x17x64xf32>
    %1394 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1395 = stablehlo.multiply %1393, %1394 : tensor<1x17x64xf32>
    %1396 = stablehlo.subtract %arg1, %1395 : tensor<1x17x64xf32>
    %1397 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1398 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1399 = stablehlo.multiply %arg42, %1398 : tensor<64x3x8x8xf32>
    %1400 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1402 = stablehlo.multiply %1238, %1401 : tensor<64x3x8x8xf32>
    %1403 = stablehlo.add %1399, %1402 : tensor<64x3x8x8xf32>
    %1404 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1405 = "stablehlo.broadcast_in_dim"(%1404) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1406 = stablehlo.multiply %arg82, %1405 : tensor<64x3x8x8xf32>
    %1407 = stablehlo.multiply %1238, %1238 : tensor<64x3x8x8xf32>
    %1408 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1409 = "stablehlo.broadcast_in_dim"(%1408) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1410 = stablehlo.multiply %1407, %1409 : tensor<64x3x8x8xf32>
    %1411 = stablehlo.add %1406, %1410 : tensor<64x3x8x8xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1413 = stablehlo.divide %1403, %1412 : tensor<64x3x8x8xf32>
    %1414 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1415 = stablehlo.divide %1411, %1414 : tensor<64x3x8x8xf32>
    %1416 = stablehlo.sqrt %1415 : tensor<64x3x8x8xf32>
    %1417 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1419 = stablehlo.add %1416, %1418 : tensor<64x3x8x8xf32>
    %1420 = stablehlo.divide %1413, %1419 : tensor<64x3x8x8xf32>
    %1421 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1423 = stablehlo.multiply %arg2, %1422 : tensor<64x3x8x8xf32>
    %1424 = stablehlo.add %1420, %1423 : tensor<64x3x8x8xf32>
    %1425 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1426 = stablehlo.multiply %1424, %1425 : tensor<64x3x8x8xf32>
    %1427 = stablehlo.subtract %arg2, %1426 : tensor<64x3x8x8xf32>
    %1428 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1429 = "stablehlo.broadcast_in_dim"(%1428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1430 = stablehlo.multiply %arg43, %1429 : tensor<64xf32>
    %1431 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1432 = "stablehlo.broadcast_in_dim"(%1431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1433 = stablehlo.multiply %1240, %1432 : tensor<64xf32>
    %1434 = stablehlo.add %1430, %1433 : tensor<64xf32>
    %1435 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1436 = "stablehlo.broadcast_in_dim"(%1435) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1437 = stablehlo.multiply %arg83, %1436 : tensor<64xf32>
    %1438 = stablehlo.multiply %1240, %1240 : tensor<64xf32>
    %1439 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1440 = "stablehlo.broadcast_in_dim"(%1439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1441 = stablehlo.multiply %1438, %1440 : tensor<64xf32>
    %1442 = stablehlo.add %1437, %1441 : tensor<64xf32>
    %1443 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1444 = stablehlo.divide %1434, %1443 : tensor<64xf32>
    %1445 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1446 = stablehlo.divide %1442, %1445 : tensor<64xf32>
    %1447 = stablehlo.sqrt %1446 : tensor<64xf32>
    %1448 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1450 = stablehlo.add %1447, %1449 : tensor<64xf32>
    %1451 = stablehlo.divide %1444, %1450 : tensor<64xf32>
    %1452 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1453 = stablehlo.multiply %1451, %1452 : tensor<64xf32>
    %1454 = stablehlo.subtract %arg3, %1453 : tensor<64xf32>
    %1455 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1456 = "stablehlo.broadcast_in_dim"(%1455) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1457 = stablehlo.multiply %arg44, %1456 : tensor<64xf32>
    %1458 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1460 = stablehlo.multiply %1242, %1459 : tensor<64xf32>
    %1461 = stablehlo.add %1457, %1460 : tensor<64xf32>
    %1462 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1464 = stablehlo.multiply %arg84, %1463 : tensor<64xf32>
    %1465 = stablehlo.multiply %1242, %1242 : tensor<64xf32>
    %1466 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1467 = "stablehlo.broadcast_in_dim"(%1466) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1468 = stablehlo.multiply %1465, %1467 : tensor<64xf32>
    %1469 = stablehlo.add %1464, %1468 : tensor<64xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1471 = stablehlo.divide %1461, %1470 : tensor<64xf32>
    %1472 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1473 = stablehlo.divide %1469, %1472 : tensor<64xf32>
    %1474 = stablehlo.sqrt %1473 : tensor<64xf32>
    %1475 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1476 = "stablehlo.broadcast_in_dim"(%1475) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1477 = stablehlo.add %1474, %1476 : tensor<64xf32>
    %1478 = stablehlo.divide %1471, %1477 : tensor<64xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1480 = stablehlo.multiply %1478, %1479 : tensor<64xf32>
    %1481 = stablehlo.subtract %arg4, %1480 : tensor<64xf32>
    %1482 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1483 = "stablehlo.broadcast_in_dim"(%1482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1484 = stablehlo.multiply %arg45, %1483 : tensor<64xf32>
    %1485 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1486 = "stablehlo.broadcast_in_dim"(%1485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1487 = stablehlo.multiply %1244, %1486 : tensor<64xf32>
    %1488 = stablehlo.add %1484, %1487 : tensor<64xf32>
    %1489 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1491 = stablehlo.multiply %arg85, %1490 : tensor<64xf32>
    %1492 = stablehlo.multiply %1244, %1244 : tensor<64xf32>
    %1493 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1494 = "stablehlo.broadcast_in_dim"(%1493) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1495 = stablehlo.multiply %1492, %1494 : tensor<64xf32>
    %1496 = stablehlo.add %1491, %1495 : tensor<64xf32>
    %1497 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1498 = stablehlo.divide %1488, %1497 : tensor<64xf32>
    %1499 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1500 = stablehlo.divide %1496, %1499 : tensor<64xf32>
    %1501 = stablehlo.sqrt %1500 : tensor<64xf32>
    %1502 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1503 = "stablehlo.broadcast_in_dim"(%1502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1504 = stablehlo.add %1501, %1503 : tensor<64xf32>
    %1505 = stablehlo.divide %1498, %1504 : tensor<64xf32>
    %1506 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1507 = stablehlo.multiply %1505, %1506 : tensor<64xf32>
    %1508 = stablehlo.subtract %arg5, %1507 : tensor<64xf32>
    %1509 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1510 = "stablehlo.broadcast_in_dim"(%1509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1511 = stablehlo.multiply %arg46, %1510 : tensor<64x64xf32>
    %1512 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1513 = "stablehlo.broadcast_in_dim"(%1512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1514 = stablehlo.multiply %1246, %1513 : tensor<64x64xf32>
    %1515 = stablehlo.add %1511, %1514 : tensor<64x64xf32>
    %1516 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1517 = "stablehlo.broadcast_in_dim"(%1516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1518 = stablehlo.multiply %arg86, %1517 : tensor<64x64xf32>
    %1519 = stablehlo.multiply %1246, %1246 : tensor<64x64xf32>
    %1520 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1521 = "stablehlo.broadcast_in_dim"(%1520) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1522 = stablehlo.multiply %1519, %1521 : tensor<64x64xf32>
    %1523 = stablehlo.add %1518, %1522 : tensor<64x64xf32>
    %1524 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1525 = stablehlo.divide %1515, %1524 : tensor<64x64xf32>
    %1526 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1527 = stablehlo.divide %1523, %1526 : tensor<64x64xf32>
    %1528 = stablehlo.sqrt %1527 : tensor<64x64xf32>
    %1529 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1530 = "stablehlo.broadcast_in_dim"(%1529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1531 = stablehlo.add %1528, %1530 : tensor<64x64xf32>
    %1532 = stablehlo.divide %1525, %1531 : tensor<64x64xf32>
    %1533 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1535 = stablehlo.multiply %arg6, %1534 : tensor<64x64xf32>
    %1536 = stablehlo.add %1532, %1535 : tensor<64x64xf32>
    %1537 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1538 = stablehlo.multiply %1536, %1537 : tensor<64x64xf32>
    %1539 = stablehlo.subtract %arg6, %1538 : tensor<64x64xf32>
    %1540 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1542 = stablehlo.multiply %arg47, %1541 : tensor<64xf32>
    %1543 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1544 = "stablehlo.broadcast_in_dim"(%1543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1545 = stablehlo.multiply %1248, %1544 : tensor<64xf32>
    %1546 = stablehlo.add %1542, %1545 : tensor<64xf32>
    %1547 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1548 = "stablehlo.broadcast_in_dim"(%1547) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1549 = stablehlo.multiply %arg87, %1548 : tensor<64xf32>
    %1550 = stablehlo.multiply %1248, %1248 : tensor<64xf32>
    %1551 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1552 = "stablehlo.broadcast_in_dim"(%1551) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1553 = stablehlo.multiply %1550, %1552 : tensor<64xf32>
    %1554 = stablehlo.add %1549, %1553 : tensor<64xf32>
    %1555 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1556 = stablehlo.divide %1546, %1555 : tensor<64xf32>
    %1557 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1558 = stablehlo.divide %1554, %1557 : tensor<64xf32>
    %1559 = stablehlo.sqrt %1558 : tensor<64xf32>
    %1560 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1562 = stablehlo.add %1559, %1561 : tensor<64xf32>
    %1563 = stablehlo.divide %1556, %1562 : tensor<64xf32>
    %1564 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1565 = stablehlo.multiply %1563, %1564 : tensor<64xf32>
    %1566 = stablehlo.subtract %arg7, %1565 : tensor<64xf32>
    %1567 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1568 = "stablehlo.broadcast_in_dim"(%1567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1569 = stablehlo.multiply %arg48, %1568 : tensor<64x64xf32>
    %1570 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1571 = "stablehlo.broadcast_in_dim"(%1570) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1572 = stablehlo.multiply %1250, %1571 : tensor<64x64xf32>
    %1573 = stablehlo.add %1569, %1572 : tensor<64x64xf32>
    %1574 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1575 = "stablehlo.broadcast_in_dim"(%1574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1576 = stablehlo.multiply %arg88, %1575 : tensor<64x64xf32>
    %1577 = stablehlo.multiply %1250, %1250 : tensor<64x64xf32>
    %1578 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1579 = "stablehlo.broadcast_in_dim"(%1578) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1580 = stablehlo.multiply %1577, %1579 : tensor<64x64xf32>
    %1581 = stablehlo.add %1576, %1580 : tensor<64x64xf32>
    %1582 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1583 = stablehlo.divide %1573, %1582 : tensor<64x64xf32>
    %1584 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1585 = stablehlo.divide %1581, %1584 : tensor<64x64xf32>
    %1586 = stablehlo.sqrt %1585 : tensor<64x64xf32>
    %1587 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1588 = "stablehlo.broadcast_in_dim"(%1587) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1589 = stablehlo.add %1586, %1588 : tensor<64x64xf32>
    %1590 = stablehlo.divide %1583, %1589 : tensor<64x64xf32>
    %1591 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1592 = "stablehlo.broadcast_in_dim"(%1591) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1593 = stablehlo.multiply %arg8, %1592 : tensor<64x64xf32>
    %1594 = stablehlo.add %1590, %1593 : tensor<64x64xf32>
    %1595 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1596 = stablehlo.multiply %1594, %1595 : tensor<64x64xf32>
    %1597 = stablehlo.subtract %arg8, %1596 : tensor<64x64xf32>
    %1598 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1600 = stablehlo.multiply %arg49, %1599 : tensor<64xf32>
    %1601 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1602 = "stablehlo.broadcast_in_dim"(%1601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1603 = stablehlo.multiply %1252, %1602 : tensor<64xf32>
    %1604 = stablehlo.add %1600, %1603 : tensor<64xf32>
    %1605 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1606 = "stablehlo.broadcast_in_dim"(%1605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1607 = stablehlo.multiply %arg89, %1606 : tensor<64xf32>
    %1608 = stablehlo.multiply %1252, %1252 : tensor<64xf32>
    %1609 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1611 = stablehlo.multiply %1608, %1610 : tensor<64xf32>
    %1612 = stablehlo.add %1607, %1611 : tensor<64xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1614 = stablehlo.divide %1604, %1613 : tensor<64xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1616 = stablehlo.divide %1612, %1615 : tensor<64xf32>
    %1617 = stablehlo.sqrt %1616 : tensor<64xf32>
    %1618 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1619 = "stablehlo.broadcast_in_dim"(%1618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1620 = stablehlo.add %1617, %1619 : tensor<64xf32>
    %1621 = stablehlo.divide %1614, %1620 : tensor<64xf32>
    %1622 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1623 = stablehlo.multiply %1621, %1622 : tensor<64xf32>
    %1624 = stablehlo.subtract %arg9, %1623 : tensor<64xf32>
    %1625 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1627 = stablehlo.multiply %arg50, %1626 : tensor<64x64xf32>
    %1628 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1629 = "stablehlo.broadcast_in_dim"(%1628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1630 = stablehlo.multiply %1254, %1629 : tensor<64x64xf32>
    %1631 = stablehlo.add %1627, %1630 : tensor<64x64xf32>
    %1632 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1633 = "stablehlo.broadcast_in_dim"(%1632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1634 = stablehlo.multiply %arg90, %1633 : tensor<64x64xf32>
    %1635 = stablehlo.multiply %1254, %1254 : tensor<64x64xf32>
    %1636 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1637 = "stablehlo.broadcast_in_dim"(%1636) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1638 = stablehlo.multiply %1635, %1637 : tensor<64x64xf32>
    %1639 = stablehlo.add %1634, %1638 : tensor<64x64xf32>
    %1640 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1641 = stablehlo.divide %1631, %1640 : tensor<64x64xf32>
    %1642 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1643 = stablehlo.divide %1639, %1642 : tensor<64x64xf32>
    %1644 = stablehlo.sqrt %1643 : tensor<64x64xf32>
    %1645 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1647 = stablehlo.add %1644, %1646 : tensor<64x64xf32>
    %1648 = stablehlo.divide %1641, %1647 : tensor<64x64xf32>
    %1649 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1650 = "stablehlo.broadcast_in_dim"(%1649) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1651 = stablehlo.multiply %arg10, %1650 : tensor<64x64xf32>
    %1652 = stablehlo.add %1648, %1651 : tensor<64x64xf32>
    %1653 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1654 = stablehlo.multiply %1652, %1653 : tensor<64x64xf32>
    %1655 = stablehlo.subtract %arg10, %1654 : tensor<64x64xf32>
    %1656 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1658 = stablehlo.multiply %arg51, %1657 : tensor<64xf32>
    %1659 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1660 = "stablehlo.broadcast_in_dim"(%1659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1661 = stablehlo.multiply %1256, %1660 : tensor<64xf32>
    %1662 = stablehlo.add %1658, %1661 : tensor<64xf32>
    %1663 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1664 = "stablehlo.broadcast_in_dim"(%1663) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1665 = stablehlo.multiply %arg91, %1664 : tensor<64xf32>
    %1666 = stablehlo.multiply %1256, %1256 : tensor<64xf32>
    %1667 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1668 = "stablehlo.broadcast_in_dim"(%1667) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1669 = stablehlo.multiply %1666, %1668 : tensor<64xf32>
    %1670 = stablehlo.add %1665, %1669 : tensor<64xf32>
    %1671 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1672 = stablehlo.divide %1662, %1671 : tensor<64xf32>
    %1673 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1674 = stablehlo.divide %1670, %1673 : tensor<64xf32>
    %1675 = stablehlo.sqrt %1674 : tensor<64xf32>
    %1676 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1677 = "stablehlo.broadcast_in_dim"(%1676) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1678 = stablehlo.add %1675, %1677 : tensor<64xf32>
    %1679 = stablehlo.divide %1672, %1678 : tensor<64xf32>
    %1680 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1681 = stablehlo.multiply %1679, %1680 : tensor<64xf32>
    %1682 = stablehlo.subtract %arg11, %1681 : tensor<64xf32>
    %1683 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1684 = "stablehlo.broadcast_in_dim"(%1683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1685 = stablehlo.multiply %arg52, %1684 : tensor<64x64xf32>
    %1686 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1688 = stablehlo.multiply %1258, %1687 : tensor<64x64xf32>
    %1689 = stablehlo.add %1685, %1688 : tensor<64x64xf32>
    %1690 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1691 = "stablehlo.broadcast_in_dim"(%1690) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1692 = stablehlo.multiply %arg92, %1691 : tensor<64x64xf32>
    %1693 = stablehlo.multiply %1258, %1258 : tensor<64x64xf32>
    %1694 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1695 = "stablehlo.broadcast_in_dim"(%1694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1696 = stablehlo.multiply %1693, %1695 : tensor<64x64xf32>
    %1697 = stablehlo.add %1692, %1696 : tensor<64x64xf32>
    %1698 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1699 = stablehlo.divide %1689, %1698 : tensor<64x64xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1701 = stablehlo.divide %1697, %1700 : tensor<64x64xf32>
    %1702 = stablehlo.sqrt %1701 : tensor<64x64xf32>
    %1703 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1705 = stablehlo.add %1702, %1704 : tensor<64x64xf32>
    %1706 = stablehlo.divide %1699, %1705 : tensor<64x64xf32>
    %1707 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1708 = "stablehlo.broadcast_in_dim"(%1707) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1709 = stablehlo.multiply %arg12, %1708 : tensor<64x64xf32>
    %1710 = stablehlo.add %1706, %1709 : tensor<64x64xf32>
    %1711 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1712 = stablehlo.multiply %1710, %1711 : tensor<64x64xf32>
    %1713 = stablehlo.subtract %arg12, %1712 : tensor<64x64xf32>
    %1714 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1716 = stablehlo.multiply %arg53, %1715 : tensor<64xf32>
    %1717 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1718 = "stablehlo.broadcast_in_dim"(%1717) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1719 = stablehlo.multiply %1260, %1718 : tensor<64xf32>
    %1720 = stablehlo.add %1716, %1719 : tensor<64xf32>
    %1721 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1722 = "stablehlo.broadcast_in_dim"(%1721) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1723 = stablehlo.multiply %arg93, %1722 : tensor<64xf32>
    %1724 = stablehlo.multiply %1260, %1260 : tensor<64xf32>
    %1725 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1726 = "stablehlo.broadcast_in_dim"(%1725) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1727 = stablehlo.multiply %1724, %1726 : tensor<64xf32>
    %1728 = stablehlo.add %1723, %1727 : tensor<64xf32>
    %1729 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1730 = stablehlo.divide %1720, %1729 : tensor<64xf32>
    %1731 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1732 = stablehlo.divide %1728, %1731 : tensor<64xf32>
    %1733 = stablehlo.sqrt %1732 : tensor<64xf32>
    %1734 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1735 = "stablehlo.broadcast_in_dim"(%1734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1736 = stablehlo.add %1733, %1735 : tensor<64xf32>
    %1737 = stablehlo.divide %1730, %1736 : tensor<64xf32>
    %1738 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1739 = stablehlo.multiply %1737, %1738 : tensor<64xf32>
    %1740 = stablehlo.subtract %arg13, %1739 : tensor<64xf32>
    %1741 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1742 = "stablehlo.broadcast_in_dim"(%1741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1743 = stablehlo.multiply %arg54, %1742 : tensor<64xf32>
    %1744 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1745 = "stablehlo.broadcast_in_dim"(%1744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1746 = stablehlo.multiply %1262, %1745 : tensor<64xf32>
    %1747 = stablehlo.add %1743, %1746 : tensor<64xf32>
    %1748 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1749 = "stablehlo.broadcast_in_dim"(%1748) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1750 = stablehlo.multiply %arg94, %1749 : tensor<64xf32>
    %1751 = stablehlo.multiply %1262, %1262 : tensor<64xf32>
    %1752 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1753 = "stablehlo.broadcast_in_dim"(%1752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1754 = stablehlo.multiply %1751, %1753 : tensor<64xf32>
    %1755 = stablehlo.add %1750, %1754 : tensor<64xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1757 = stablehlo.divide %1747, %1756 : tensor<64xf32>
    %1758 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1759 = stablehlo.divide %1755, %1758 : tensor<64xf32>
    %1760 = stablehlo.sqrt %1759 : tensor<64xf32>
    %1761 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1763 = stablehlo.add %1760, %1762 : tensor<64xf32>
    %1764 = stablehlo.divide %1757, %1763 : tensor<64xf32>
    %1765 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1766 = stablehlo.multiply %1764, %1765 : tensor<64xf32>
    %1767 = stablehlo.subtract %arg14, %1766 : tensor<64xf32>
    %1768 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1769 = "stablehlo.broadcast_in_dim"(%1768) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1770 = stablehlo.multiply %arg55, %1769 : tensor<64xf32>
    %1771 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1772 = "stablehlo.broadcast_in_dim"(%1771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1773 = stablehlo.multiply %1264, %1772 : tensor<64xf32>
    %1774 = stablehlo.add %1770, %1773 : tensor<64xf32>
    %1775 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1776 = "stablehlo.broadcast_in_dim"(%1775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1777 = stablehlo.multiply %arg95, %1776 : tensor<64xf32>
    %1778 = stablehlo.multiply %1264, %1264 : tensor<64xf32>
    %1779 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1780 = "stablehlo.broadcast_in_dim"(%1779) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1781 = stablehlo.multiply %1778, %1780 : tensor<64xf32>
    %1782 = stablehlo.add %1777, %1781 : tensor<64xf32>
    %1783 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1784 = stablehlo.divide %1774, %1783 : tensor<64xf32>
    %1785 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1786 = stablehlo.divide %1782, %1785 : tensor<64xf32>
    %1787 = stablehlo.sqrt %1786 : tensor<64xf32>
    %1788 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1790 = stablehlo.add %1787, %1789 : tensor<64xf32>
    %1791 = stablehlo.divide %1784, %1790 : tensor<64xf32>
    %1792 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1793 = stablehlo.multiply %1791, %1792 : tensor<64xf32>
    %1794 = stablehlo.subtract %arg15, %1793 : tensor<64xf32>
    %1795 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1796 = "stablehlo.broadcast_in_dim"(%1795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1797 = stablehlo.multiply %arg56, %1796 : tensor<128x64xf32>
    %1798 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1799 = "stablehlo.broadcast_in_dim"(%1798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1800 = stablehlo.multiply %1266, %1799 : tensor<128x64xf32>
    %1801 = stablehlo.add %1797, %1800 : tensor<128x64xf32>
    %1802 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1803 = "stablehlo.broadcast_in_dim"(%1802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1804 = stablehlo.multiply %arg96, %1803 : tensor<128x64xf32>
    %1805 = stablehlo.multiply %1266, %1266 : tensor<128x64xf32>
    %1806 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1807 = "stablehlo.broadcast_in_dim"(%1806) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1808 = stablehlo.multiply %1805, %1807 : tensor<128x64xf32>
    %1809 = stablehlo.add %1804, %1808 : tensor<128x64xf32>
    %1810 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1811 = stablehlo.divide %1801, %1810 : tensor<128x64xf32>
    %1812 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1813 = stablehlo.divide %1809, %1812 : tensor<128x64xf32>
    %1814 = stablehlo.sqrt %1813 : tensor<128x64xf32>
    %1815 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1817 = stablehlo.add %1814, %1816 : tensor<128x64xf32>
    %1818 = stablehlo.divide %1811, %1817 : tensor<128x64xf32>
    %1819 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1820 = "stablehlo.broadcast_in_dim"(%1819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1821 = stablehlo.multiply %arg16, %1820 : tensor<128x64xf32>
    %1822 = stablehlo.add %1818, %1821 : tensor<128x64xf32>
    %1823 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1824 = stablehlo.multiply %1822, %1823 : tensor<128x64xf32>
    %1825 = stablehlo.subtract %arg16, %1824 : tensor<128x64xf32>
    %1826 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1827 = "stablehlo.broadcast_in_dim"(%1826) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1828 = stablehlo.multiply %arg57, %1827 : tensor<128xf32>
    %1829 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1830 = "stablehlo.broadcast_in_dim"(%1829) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1831 = stablehlo.multiply %1268, %1830 : tensor<128xf32>
    %1832 = stablehlo.add %1828, %1831 : tensor<128xf32>
    %1833 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1834 = "stablehlo.broadcast_in_dim"(%1833) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1835 = stablehlo.multiply %arg97, %1834 : tensor<128xf32>
    %1836 = stablehlo.multiply %1268, %1268 : tensor<128xf32>
    %1837 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1838 = "stablehlo.broadcast_in_dim"(%1837) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1839 = stablehlo.multiply %1836, %1838 : tensor<128xf32>
    %1840 = stablehlo.add %1835, %1839 : tensor<128xf32>
    %1841 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1842 = stablehlo.divide %1832, %1841 : tensor<128xf32>
    %1843 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1844 = stablehlo.divide %1840, %1843 : tensor<128xf32>
    %1845 = stablehlo.sqrt %1844 : tensor<128xf32>
    %1846 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1848 = stablehlo.add %1845, %1847 : tensor<128xf32>
    %1849 = stablehlo.divide %1842, %1848 : tensor<128xf32>
    %1850 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1851 = stablehlo.multiply %1849, %1850 : tensor<128xf32>
    %1852 = stablehlo.subtract %arg17, %1851 : tensor<128xf32>
    %1853 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1854 = "stablehlo.broadcast_in_dim"(%1853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1855 = stablehlo.multiply %arg58, %1854 : tensor<64x128xf32>
    %1856 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1858 = stablehlo.multiply %1270, %1857 : tensor<64x128xf32>
    %1859 = stablehlo.add %1855, %1858 : tensor<64x128xf32>
    %1860 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1861 = "stablehlo.broadcast_in_dim"(%1860) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1862 = stablehlo.multiply %arg98, %1861 : tensor<64x128xf32>
    %1863 = stablehlo.multiply %1270, %1270 : tensor<64x128xf32>
    %1864 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1865 = "stablehlo.broadcast_in_dim"(%1864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1866 = stablehlo.multiply %1863, %1865 : tensor<64x128xf32>
    %1867 = stablehlo.add %1862, %1866 : tensor<64x128xf32>
    %1868 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1869 = stablehlo.divide %1859, %1868 : tensor<64x128xf32>
    %1870 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1871 = stablehlo.divide %1867, %1870 : tensor<64x128xf32>
    %1872 = stablehlo.sqrt %1871 : tensor<64x128xf32>
    %1873 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1874 = "stablehlo.broadcast_in_dim"(%1873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1875 = stablehlo.add %1872, %1874 : tensor<64x128xf32>
    %1876 = stablehlo.divide %1869, %1875 : tensor<64x128xf32>
    %1877 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1878 = "stablehlo.broadcast_in_dim"(%1877) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1879 = stablehlo.multiply %arg18, %1878 : tensor<64x128xf32>
    %1880 = stablehlo.add %1876, %1879 : tensor<64x128xf32>
    %1881 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1882 = stablehlo.multiply %1880, %1881 : tensor<64x128xf32>
    %1883 = stablehlo.subtract %arg18, %1882 : tensor<64x128xf32>
    %1884 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1885 = "stablehlo.broadcast_in_dim"(%1884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1886 = stablehlo.multiply %arg59, %1885 : tensor<64xf32>
    %1887 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1888 = "stablehlo.broadcast_in_dim"(%1887) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1889 = stablehlo.multiply %1272, %1888 : tensor<64xf32>
    %1890 = stablehlo.add %1886, %1889 : tensor<64xf32>
    %1891 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1892 = "stablehlo.broadcast_in_dim"(%1891) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1893 = stablehlo.multiply %arg99, %1892 : tensor<64xf32>
    %1894 = stablehlo.multiply %1272, %1272 : tensor<64xf32>
    %1895 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1896 = "stablehlo.broadcast_in_dim"(%1895) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1897 = stablehlo.multiply %1894, %1896 : tensor<64xf32>
    %1898 = stablehlo.add %1893, %1897 : tensor<64xf32>
    %1899 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1900 = stablehlo.divide %1890, %1899 : tensor<64xf32>
    %1901 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1902 = stablehlo.divide %1898, %1901 : tensor<64xf32>
    %1903 = stablehlo.sqrt %1902 : tensor<64xf32>
    %1904 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1905 = "stablehlo.broadcast_in_dim"(%1904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1906 = stablehlo.add %1903, %1905 : tensor<64xf32>
    %1907 = stablehlo.divide %1900, %1906 : tensor<64xf32>
    %1908 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1909 = stablehlo.multiply %1907, %1908 : tensor<64xf32>
    %1910 = stablehlo.subtract %arg19, %1909 : tensor<64xf32>
    %1911 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1912 = "stablehlo.broadcast_in_dim"(%1911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1913 = stablehlo.multiply %arg60, %1912 : tensor<64xf32>
    %1914 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1915 = "stablehlo.broadcast_in_dim"(%1914) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1916 = stablehlo.multiply %1274, %1915 : tensor<64xf32>
    %1917 = stablehlo.add %1913, %1916 : tensor<64xf32>
    %1918 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1919 = "stablehlo.broadcast_in_dim"(%1918) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1920 = stablehlo.multiply %arg100, %1919 : tensor<64xf32>
    %1921 = stablehlo.multiply %1274, %1274 : tensor<64xf32>
    %1922 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1923 = "stablehlo.broadcast_in_dim"(%1922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1924 = stablehlo.multiply %1921, %1923 : tensor<64xf32>
    %1925 = stablehlo.add %1920, %1924 : tensor<64xf32>
    %1926 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1927 = stablehlo.divide %1917, %1926 : tensor<64xf32>
    %1928 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1929 = stablehlo.divide %1925, %1928 : tensor<64xf32>
    %1930 = stablehlo.sqrt %1929 : tensor<64xf32>
    %1931 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1932 = "stablehlo.broadcast_in_dim"(%1931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1933 = stablehlo.add %1930, %1932 : tensor<64xf32>
    %1934 = stablehlo.divide %1927, %1933 : tensor<64xf32>
    %1935 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1936 = stablehlo.multiply %1934, %1935 : tensor<64xf32>
    %1937 = stablehlo.subtract %arg20, %1936 : tensor<64xf32>
    %1938 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1939 = "stablehlo.broadcast_in_dim"(%1938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1940 = stablehlo.multiply %arg61, %1939 : tensor<64xf32>
    %1941 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1942 = "stablehlo.broadcast_in_dim"(%1941) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1943 = stablehlo.multiply %1276, %1942 : tensor<64xf32>
    %1944 = stablehlo.add %1940, %1943 : tensor<64xf32>
    %1945 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1946 = "stablehlo.broadcast_in_dim"(%1945) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1947 = stablehlo.multiply %arg101, %1946 : tensor<64xf32>
    %1948 = stablehlo.multiply %1276, %1276 : tensor<64xf32>
    %1949 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1950 = "stablehlo.broadcast_in_dim"(%1949) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1951 = stablehlo.multiply %1948, %1950 : tensor<64xf32>
    %1952 = stablehlo.add %1947, %1951 : tensor<64xf32>
    %1953 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1954 = stablehlo.divide %1944, %1953 : tensor<64xf32>
    %1955 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1956 = stablehlo.divide %1952, %1955 : tensor<64xf32>
    %1957 = stablehlo.sqrt %1956 : tensor<64xf32>
    %1958 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1959 = "stablehlo.broadcast_in_dim"(%1958) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1960 = stablehlo.add %1957, %1959 : tensor<64xf32>
    %1961 = stablehlo.divide %1954, %1960 : tensor<64xf32>
    %1962 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1963 = stablehlo.multiply %1961, %1962 : tensor<64xf32>
    %1964 = stablehlo.subtract %arg21, %1963 : tensor<64xf32>
    %1965 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1966 = "stablehlo.broadcast_in_dim"(%1965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1967 = stablehlo.multiply %arg62, %1966 : tensor<64x64xf32>
    %1968 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1969 = "stablehlo.broadcast_in_dim"(%1968) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1970 = stablehlo.multiply %1278, %1969 : tensor<64x64xf32>
    %1971 = stablehlo.add %1967, %1970 : tensor<64x64xf32>
    %1972 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1973 = "stablehlo.broadcast_in_dim"(%1972) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1974 = stablehlo.multiply %arg102, %1973 : tensor<64x64xf32>
    %1975 = stablehlo.multiply %1278, %1278 : tensor<64x64xf32>
    %1976 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1977 = "stablehlo.broadcast_in_dim"(%1976) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1978 = stablehlo.multiply %1975, %1977 : tensor<64x64xf32>
    %1979 = stablehlo.add %1974, %1978 : tensor<64x64xf32>
    %1980 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1981 = stablehlo.divide %1971, %1980 : tensor<64x64xf32>
    %1982 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1983 = stablehlo.divide %1979, %1982 : tensor<64x64xf32>
    %1984 = stablehlo.sqrt %1983 : tensor<64x64xf32>
    %1985 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1986 = "stablehlo.broadcast_in_dim"(%1985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1987 = stablehlo.add %1984, %1986 : tensor<64x64xf32>
    %1988 = stablehlo.divide %1981, %1987 : tensor<64x64xf32>
    %1989 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1990 = "stablehlo.broadcast_in_dim"(%1989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1991 = stablehlo.multiply %arg22, %1990 : tensor<64x64xf32>
    %1992 = stablehlo.add %1988, %1991 : tensor<64x64xf32>
    %1993 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1994 = stablehlo.multiply %1992, %1993 : tensor<64x64xf32>
    %1995 = stablehlo.subtract %arg22, %1994 : tensor<64x64xf32>
    %1996 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1997 = "stablehlo.broadcast_in_dim"(%1996) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1998 = stablehlo.multiply %arg63, %1997 : tensor<64xf32>
    %1999 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2000 = "stablehlo.broadcast_in_dim"(%1999) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2001 = stablehlo.multiply %1280, %2000 : tensor<64xf32>
    %2002 = stablehlo.add %1998, %2001 : tensor<64xf32>
    %2003 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2004 = "stablehlo.broadcast_in_dim"(%2003) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2005 = stablehlo.multiply %arg103, %2004 : tensor<64xf32>
    %2006 = stablehlo.multiply %1280, %1280 : tensor<64xf32>
    %2007 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2008 = "stablehlo.broadcast_in_dim"(%2007) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2009 = stablehlo.multiply %2006, %2008 : tensor<64xf32>
    %2010 = stablehlo.add %2005, %2009 : tensor<64xf32>
    %2011 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2012 = stablehlo.divide %2002, %2011 : tensor<64xf32>
    %2013 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2014 = stablehlo.divide %2010, %2013 : tensor<64xf32>
    %2015 = stablehlo.sqrt %2014 : tensor<64xf32>
    %2016 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2017 = "stablehlo.broadcast_in_dim"(%2016) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2018 = stablehlo.add %2015, %2017 : tensor<64xf32>
    %2019 = stablehlo.divide %2012, %2018 : tensor<64xf32>
    %2020 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2021 = stablehlo.multiply %2019, %2020 : tensor<64xf32>
    %2022 = stablehlo.subtract %arg23, %2021 : tensor<64xf32>
    %2023 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2025 = stablehlo.multiply %arg64, %2024 : tensor<64x64xf32>
    %2026 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2027 = "stablehlo.broadcast_in_dim"(%2026) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2028 = stablehlo.multiply %1282, %2027 : tensor<64x64xf32>
    %2029 = stablehlo.add %2025, %2028 : tensor<64x64xf32>
    %2030 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2031 = "stablehlo.broadcast_in_dim"(%2030) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2032 = stablehlo.multiply %arg104, %2031 : tensor<64x64xf32>
    %2033 = stablehlo.multiply %1282, %1282 : tensor<64x64xf32>
    %2034 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2035 = "stablehlo.broadcast_in_dim"(%2034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2036 = stablehlo.multiply %2033, %2035 : tensor<64x64xf32>
    %2037 = stablehlo.add %2032, %2036 : tensor<64x64xf32>
    %2038 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2039 = stablehlo.divide %2029, %2038 : tensor<64x64xf32>
    %2040 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2041 = stablehlo.divide %2037, %2040 : tensor<64x64xf32>
    %2042 = stablehlo.sqrt %2041 : tensor<64x64xf32>
    %2043 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2044 = "stablehlo.broadcast_in_dim"(%2043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2045 = stablehlo.add %2042, %2044 : tensor<64x64xf32>
    %2046 = stablehlo.divide %2039, %2045 : tensor<64x64xf32>
    %2047 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2048 = "stablehlo.broadcast_in_dim"(%2047) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2049 = stablehlo.multiply %arg24, %2048 : tensor<64x64xf32>
    %2050 = stablehlo.add %2046, %2049 : tensor<64x64xf32>
    %2051 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2052 = stablehlo.multiply %2050, %2051 : tensor<64x64xf32>
    %2053 = stablehlo.subtract %arg24, %2052 : tensor<64x64xf32>
    %2054 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2055 = "stablehlo.broadcast_in_dim"(%2054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2056 = stablehlo.multiply %arg65, %2055 : tensor<64xf32>
    %2057 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2058 = "stablehlo.broadcast_in_dim"(%2057) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2059 = stablehlo.multiply %1284, %2058 : tensor<64xf32>
    %2060 = stablehlo.add %2056, %2059 : tensor<64xf32>
    %2061 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2062 = "stablehlo.broadcast_in_dim"(%2061) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2063 = stablehlo.multiply %arg105, %2062 : tensor<64xf32>
    %2064 = stablehlo.multiply %1284, %1284 : tensor<64xf32>
    %2065 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2066 = "stablehlo.broadcast_in_dim"(%2065) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2067 = stablehlo.multiply %2064, %2066 : tensor<64xf32>
    %2068 = stablehlo.add %2063, %2067 : tensor<64xf32>
    %2069 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2070 = stablehlo.divide %2060, %2069 : tensor<64xf32>
    %2071 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2072 = stablehlo.divide %2068, %2071 : tensor<64xf32>
    %2073 = stablehlo.sqrt %2072 : tensor<64xf32>
    %2074 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2075 = "stablehlo.broadcast_in_dim"(%2074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2076 = stablehlo.add %2073, %2075 : tensor<64xf32>
    %2077 = stablehlo.divide %2070, %2076 : tensor<64xf32>
    %2078 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2079 = stablehlo.multiply %2077, %2078 : tensor<64xf32>
    %2080 = stablehlo.subtract %arg25, %2079 : tensor<64xf32>
    %2081 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2082 = "stablehlo.broadcast_in_dim"(%2081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2083 = stablehlo.multiply %arg66, %2082 : tensor<64x64xf32>
    %2084 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2085 = "stablehlo.broadcast_in_dim"(%2084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2086 = stablehlo.multiply %1286, %2085 : tensor<64x64xf32>
    %2087 = stablehlo.add %2083, %2086 : tensor<64x64xf32>
    %2088 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2089 = "stablehlo.broadcast_in_dim"(%2088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2090 = stablehlo.multiply %arg106, %2089 : tensor<64x64xf32>
    %2091 = stablehlo.multiply %1286, %1286 : tensor<64x64xf32>
    %2092 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2093 = "stablehlo.broadcast_in_dim"(%2092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2094 = stablehlo.multiply %2091, %2093 : tensor<64x64xf32>
    %2095 = stablehlo.add %2090, %2094 : tensor<64x64xf32>
    %2096 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2097 = stablehlo.divide %2087, %2096 : tensor<64x64xf32>
    %2098 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2099 = stablehlo.divide %2095, %2098 : tensor<64x64xf32>
    %2100 = stablehlo.sqrt %2099 : tensor<64x64xf32>
    %2101 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2102 = "stablehlo.broadcast_in_dim"(%2101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2103 = stablehlo.add %2100, %2102 : tensor<64x64xf32>
    %2104 = stablehlo.divide %2097, %2103 : tensor<64x64xf32>
    %2105 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2106 = "stablehlo.broadcast_in_dim"(%2105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2107 = stablehlo.multiply %arg26, %2106 : tensor<64x64xf32>
    %2108 = stablehlo.add %2104, %2107 : tensor<64x64xf32>
    %2109 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2110 = stablehlo.multiply %2108, %2109 : tensor<64x64xf32>
    %2111 = stablehlo.subtract %arg26, %2110 : tensor<64x64xf32>
    %2112 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2113 = "stablehlo.broadcast_in_dim"(%2112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2114 = stablehlo.multiply %arg67, %2113 : tensor<64xf32>
    %2115 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2116 = "stablehlo.broadcast_in_dim"(%2115) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2117 = stablehlo.multiply %1288, %2116 : tensor<64xf32>
    %2118 = stablehlo.add %2114, %2117 : tensor<64xf32>
    %2119 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2120 = "stablehlo.broadcast_in_dim"(%2119) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2121 = stablehlo.multiply %arg107, %2120 : tensor<64xf32>
    %2122 = stablehlo.multiply %1288, %1288 : tensor<64xf32>
    %2123 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2124 = "stablehlo.broadcast_in_dim"(%2123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2125 = stablehlo.multiply %2122, %2124 : tensor<64xf32>
    %2126 = stablehlo.add %2121, %2125 : tensor<64xf32>
    %2127 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2128 = stablehlo.divide %2118, %2127 : tensor<64xf32>
    %2129 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2130 = stablehlo.divide %2126, %2129 : tensor<64xf32>
    %2131 = stablehlo.sqrt %2130 : tensor<64xf32>
    %2132 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2133 = "stablehlo.broadcast_in_dim"(%2132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2134 = stablehlo.add %2131, %2133 : tensor<64xf32>
    %2135 = stablehlo.divide %2128, %2134 : tensor<64xf32>
    %2136 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2137 = stablehlo.multiply %2135, %2136 : tensor<64xf32>
    %2138 = stablehlo.subtract %arg27, %2137 : tensor<64xf32>
    %2139 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2140 = "stablehlo.broadcast_in_dim"(%2139) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2141 = stablehlo.multiply %arg68, %2140 : tensor<64x64xf32>
    %2142 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2143 = "stablehlo.broadcast_in_dim"(%2142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2144 = stablehlo.multiply %1290, %2143 : tensor<64x64xf32>
    %2145 = stablehlo.add %2141, %2144 : tensor<64x64xf32>
    %2146 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2147 = "stablehlo.broadcast_in_dim"(%2146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2148 = stablehlo.multiply %arg108, %2147 : tensor<64x64xf32>
    %2149 = stablehlo.multiply %1290, %1290 : tensor<64x64xf32>
    %2150 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2151 = "stablehlo.broadcast_in_dim"(%2150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2152 = stablehlo.multiply %2149, %2151 : tensor<64x64xf32>
    %2153 = stablehlo.add %2148, %2152 : tensor<64x64xf32>
    %2154 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2155 = stablehlo.divide %2145, %2154 : tensor<64x64xf32>
    %2156 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2157 = stablehlo.divide %2153, %2156 : tensor<64x64xf32>
    %2158 = stablehlo.sqrt %2157 : tensor<64x64xf32>
    %2159 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2160 = "stablehlo.broadcast_in_dim"(%2159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2161 = stablehlo.add %2158, %2160 : tensor<64x64xf32>
    %2162 = stablehlo.divide %2155, %2161 : tensor<64x64xf32>
    %2163 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2164 = "stablehlo.broadcast_in_dim"(%2163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2165 = stablehlo.multiply %arg28, %2164 : tensor<64x64xf32>
    %2166 = stablehlo.add %2162, %2165 : tensor<64x64xf32>
    %2167 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2168 = stablehlo.multiply %2166, %2167 : tensor<64x64xf32>
    %2169 = stablehlo.subtract %arg28, %2168 : tensor<64x64xf32>
    %2170 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2171 = "stablehlo.broadcast_in_dim"(%2170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2172 = stablehlo.multiply %arg69, %2171 : tensor<64xf32>
    %2173 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2174 = "stablehlo.broadcast_in_dim"(%2173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2175 = stablehlo.multiply %1292, %2174 : tensor<64xf32>
    %2176 = stablehlo.add %2172, %2175 : tensor<64xf32>
    %2177 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2178 = "stablehlo.broadcast_in_dim"(%2177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2179 = stablehlo.multiply %arg109, %2178 : tensor<64xf32>
    %2180 = stablehlo.multiply %1292, %1292 : tensor<64xf32>
    %2181 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2182 = "stablehlo.broadcast_in_dim"(%2181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2183 = stablehlo.multiply %2180, %2182 : tensor<64xf32>
    %2184 = stablehlo.add %2179, %2183 : tensor<64xf32>
    %2185 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2186 = stablehlo.divide %2176, %2185 : tensor<64xf32>
    %2187 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2188 = stablehlo.divide %2184, %2187 : tensor<64xf32>
    %2189 = stablehlo.sqrt %2188 : tensor<64xf32>
    %2190 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2191 = "stablehlo.broadcast_in_dim"(%2190) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2192 = stablehlo.add %2189, %2191 : tensor<64xf32>
    %2193 = stablehlo.divide %2186, %2192 : tensor<64xf32>
    %2194 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2195 = stablehlo.multiply %2193, %2194 : tensor<64xf32>
    %2196 = stablehlo.subtract %arg29, %2195 : tensor<64xf32>
    %2197 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2198 = "stablehlo.broadcast_in_dim"(%2197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2199 = stablehlo.multiply %arg70, %2198 : tensor<64xf32>
    %2200 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2201 = "stablehlo.broadcast_in_dim"(%2200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2202 = stablehlo.multiply %1294, %2201 : tensor<64xf32>
    %2203 = stablehlo.add %2199, %2202 : tensor<64xf32>
    %2204 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2205 = "stablehlo.broadcast_in_dim"(%2204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2206 = stablehlo.multiply %arg110, %2205 : tensor<64xf32>
    %2207 = stablehlo.multiply %1294, %1294 : tensor<64xf32>
    %2208 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2209 = "stablehlo.broadcast_in_dim"(%2208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2210 = stablehlo.multiply %2207, %2209 : tensor<64xf32>
    %2211 = stablehlo.add %2206, %2210 : tensor<64xf32>
    %2212 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2213 = stablehlo.divide %2203, %2212 : tensor<64xf32>
    %2214 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2215 = stablehlo.divide %2211, %2214 : tensor<64xf32>
    %2216 = stablehlo.sqrt %2215 : tensor<64xf32>
    %2217 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2218 = "stablehlo.broadcast_in_dim"(%2217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2219 = stablehlo.add %2216, %2218 : tensor<64xf32>
    %2220 = stablehlo.divide %2213, %2219 : tensor<64xf32>
    %2221 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2222 = stablehlo.multiply %2220, %2221 : tensor<64xf32>
    %2223 = stablehlo.subtract %arg30, %2222 : tensor<64xf32>
    %2224 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2226 = stablehlo.multiply %arg71, %2225 : tensor<64xf32>
    %2227 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2228 = "stablehlo.broadcast_in_dim"(%2227) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2229 = stablehlo.multiply %1296, %2228 : tensor<64xf32>
    %2230 = stablehlo.add %2226, %2229 : tensor<64xf32>
    %2231 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2232 = "stablehlo.broadcast_in_dim"(%2231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2233 = stablehlo.multiply %arg111, %2232 : tensor<64xf32>
    %2234 = stablehlo.multiply %1296, %1296 : tensor<64xf32>
    %2235 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2236 = "stablehlo.broadcast_in_dim"(%2235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2237 = stablehlo.multiply %2234, %2236 : tensor<64xf32>
    %2238 = stablehlo.add %2233, %2237 : tensor<64xf32>
    %2239 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2240 = stablehlo.divide %2230, %2239 : tensor<64xf32>
    %2241 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2242 = stablehlo.divide %2238, %2241 : tensor<64xf32>
    %2243 = stablehlo.sqrt %2242 : tensor<64xf32>
    %2244 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2245 = "stablehlo.broadcast_in_dim"(%2244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2246 = stablehlo.add %2243, %2245 : tensor<64xf32>
    %2247 = stablehlo.divide %2240, %2246 : tensor<64xf32>
    %2248 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2249 = stablehlo.multiply %2247, %2248 : tensor<64xf32>
    %2250 = stablehlo.subtract %arg31, %2249 : tensor<64xf32>
    %2251 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2253 = stablehlo.multiply %arg72, %2252 : tensor<128x64xf32>
    %2254 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2255 = "stablehlo.broadcast_in_dim"(%2254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2256 = stablehlo.multiply %1298, %2255 : tensor<128x64xf32>
    %2257 = stablehlo.add %2253, %2256 : tensor<128x64xf32>
    %2258 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2259 = "stablehlo.broadcast_in_dim"(%2258) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2260 = stablehlo.multiply %arg112, %2259 : tensor<128x64xf32>
    %2261 = stablehlo.multiply %1298, %1298 : tensor<128x64xf32>
    %2262 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2263 = "stablehlo.broadcast_in_dim"(%2262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2264 = stablehlo.multiply %2261, %2263 : tensor<128x64xf32>
    %2265 = stablehlo.add %2260, %2264 : tensor<128x64xf32>
    %2266 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2267 = stablehlo.divide %2257, %2266 : tensor<128x64xf32>
    %2268 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2269 = stablehlo.divide %2265, %2268 : tensor<128x64xf32>
    %2270 = stablehlo.sqrt %2269 : tensor<128x64xf32>
    %2271 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2272 = "stablehlo.broadcast_in_dim"(%2271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2273 = stablehlo.add %2270, %2272 : tensor<128x64xf32>
    %2274 = stablehlo.divide %2267, %2273 : tensor<128x64xf32>
    %2275 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2276 = "stablehlo.broadcast_in_dim"(%2275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2277 = stablehlo.multiply %arg32, %2276 : tensor<128x64xf32>
    %2278 = stablehlo.add %2274, %2277 : tensor<128x64xf32>
    %2279 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2280 = stablehlo.multiply %2278, %2279 : tensor<128x64xf32>
    %2281 = stablehlo.subtract %arg32, %2280 : tensor<128x64xf32>
    %2282 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2283 = "stablehlo.broadcast_in_dim"(%2282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2284 = stablehlo.multiply %arg73, %2283 : tensor<128xf32>
    %2285 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2286 = "stablehlo.broadcast_in_dim"(%2285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2287 = stablehlo.multiply %1300, %2286 : tensor<128xf32>
    %2288 = stablehlo.add %2284, %2287 : tensor<128xf32>
    %2289 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2290 = "stablehlo.broadcast_in_dim"(%2289) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2291 = stablehlo.multiply %arg113, %2290 : tensor<128xf32>
    %2292 = stablehlo.multiply %1300, %1300 : tensor<128xf32>
    %2293 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2294 = "stablehlo.broadcast_in_dim"(%2293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2295 = stablehlo.multiply %2292, %2294 : tensor<128xf32>
    %2296 = stablehlo.add %2291, %2295 : tensor<128xf32>
    %2297 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2298 = stablehlo.divide %2288, %2297 : tensor<128xf32>
    %2299 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2300 = stablehlo.divide %2296, %2299 : tensor<128xf32>
    %2301 = stablehlo.sqrt %2300 : tensor<128xf32>
    %2302 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2303 = "stablehlo.broadcast_in_dim"(%2302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2304 = stablehlo.add %2301, %2303 : tensor<128xf32>
    %2305 = stablehlo.divide %2298, %2304 : tensor<128xf32>
    %2306 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2307 = stablehlo.multiply %2305, %2306 : tensor<128xf32>
    %2308 = stablehlo.subtract %arg33, %2307 : tensor<128xf32>
    %2309 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2310 = "stablehlo.broadcast_in_dim"(%2309) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2311 = stablehlo.multiply %arg74, %2310 : tensor<64x128xf32>
    %2312 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2313 = "stablehlo.broadcast_in_dim"(%2312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2314 = stablehlo.multiply %1302, %2313 : tensor<64x128xf32>
    %2315 = stablehlo.add %2311, %2314 : tensor<64x128xf32>
    %2316 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2317 = "stablehlo.broadcast_in_dim"(%2316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2318 = stablehlo.multiply %arg114, %2317 : tensor<64x128xf32>
    %2319 = stablehlo.multiply %1302, %1302 : tensor<64x128xf32>
    %2320 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2321 = "stablehlo.broadcast_in_dim"(%2320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2322 = stablehlo.multiply %2319, %2321 : tensor<64x128xf32>
    %2323 = stablehlo.add %2318, %2322 : tensor<64x128xf32>
    %2324 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2325 = stablehlo.divide %2315, %2324 : tensor<64x128xf32>
    %2326 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2327 = stablehlo.divide %2323, %2326 : tensor<64x128xf32>
    %2328 = stablehlo.sqrt %2327 : tensor<64x128xf32>
    %2329 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2330 = "stablehlo.broadcast_in_dim"(%2329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2331 = stablehlo.add %2328, %2330 : tensor<64x128xf32>
    %2332 = stablehlo.divide %2325, %2331 : tensor<64x128xf32>
    %2333 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2334 = "stablehlo.broadcast_in_dim"(%2333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2335 = stablehlo.multiply %arg34, %2334 : tensor<64x128xf32>
    %2336 = stablehlo.add %2332, %2335 : tensor<64x128xf32>
    %2337 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2338 = stablehlo.multiply %2336, %2337 : tensor<64x128xf32>
    %2339 = stablehlo.subtract %arg34, %2338 : tensor<64x128xf32>
    %2340 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2341 = "stablehlo.broadcast_in_dim"(%2340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2342 = stablehlo.multiply %arg75, %2341 : tensor<64xf32>
    %2343 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2344 = "stablehlo.broadcast_in_dim"(%2343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2345 = stablehlo.multiply %1304, %2344 : tensor<64xf32>
    %2346 = stablehlo.add %2342, %2345 : tensor<64xf32>
    %2347 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2348 = "stablehlo.broadcast_in_dim"(%2347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2349 = stablehlo.multiply %arg115, %2348 : tensor<64xf32>
    %2350 = stablehlo.multiply %1304, %1304 : tensor<64xf32>
    %2351 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2352 = "stablehlo.broadcast_in_dim"(%2351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2353 = stablehlo.multiply %2350, %2352 : tensor<64xf32>
    %2354 = stablehlo.add %2349, %2353 : tensor<64xf32>
    %2355 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2356 = stablehlo.divide %2346, %2355 : tensor<64xf32>
    %2357 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2358 = stablehlo.divide %2354, %2357 : tensor<64xf32>
    %2359 = stablehlo.sqrt %2358 : tensor<64xf32>
    %2360 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2361 = "stablehlo.broadcast_in_dim"(%2360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2362 = stablehlo.add %2359, %2361 : tensor<64xf32>
    %2363 = stablehlo.divide %2356, %2362 : tensor<64xf32>
    %2364 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2365 = stablehlo.multiply %2363, %2364 : tensor<64xf32>
    %2366 = stablehlo.subtract %arg35, %2365 : tensor<64xf32>
    %2367 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2368 = "stablehlo.broadcast_in_dim"(%2367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2369 = stablehlo.multiply %arg76, %2368 : tensor<64xf32>
    %2370 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2371 = "stablehlo.broadcast_in_dim"(%2370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2372 = stablehlo.multiply %1306, %2371 : tensor<64xf32>
    %2373 = stablehlo.add %2369, %2372 : tensor<64xf32>
    %2374 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2375 = "stablehlo.broadcast_in_dim"(%2374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2376 = stablehlo.multiply %arg116, %2375 : tensor<64xf32>
    %2377 = stablehlo.multiply %1306, %1306 : tensor<64xf32>
    %2378 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2379 = "stablehlo.broadcast_in_dim"(%2378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2380 = stablehlo.multiply %2377, %2379 : tensor<64xf32>
    %2381 = stablehlo.add %2376, %2380 : tensor<64xf32>
    %2382 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2383 = stablehlo.divide %2373, %2382 : tensor<64xf32>
    %2384 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2385 = stablehlo.divide %2381, %2384 : tensor<64xf32>
    %2386 = stablehlo.sqrt %2385 : tensor<64xf32>
    %2387 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2388 = "stablehlo.broadcast_in_dim"(%2387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2389 = stablehlo.add %2386, %2388 : tensor<64xf32>
    %2390 = stablehlo.divide %2383, %2389 : tensor<64xf32>
    %2391 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2392 = stablehlo.multiply %2390, %2391 : tensor<64xf32>
    %2393 = stablehlo.subtract %arg36, %2392 : tensor<64xf32>
    %2394 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2395 = "stablehlo.broadcast_in_dim"(%2394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2396 = stablehlo.multiply %arg77, %2395 : tensor<64xf32>
    %2397 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2398 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2399 = stablehlo.multiply %1308, %2398 : tensor<64xf32>
    %2400 = stablehlo.add %2396, %2399 : tensor<64xf32>
    %2401 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2402 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2403 = stablehlo.multiply %arg117, %2402 : tensor<64xf32>
    %2404 = stablehlo.multiply %1308, %1308 : tensor<64xf32>
    %2405 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2406 = "stablehlo.broadcast_in_dim"(%2405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2407 = stablehlo.multiply %2404, %2406 : tensor<64xf32>
    %2408 = stablehlo.add %2403, %2407 : tensor<64xf32>
    %2409 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2410 = stablehlo.divide %2400, %2409 : tensor<64xf32>
    %2411 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2412 = stablehlo.divide %2408, %2411 : tensor<64xf32>
    %2413 = stablehlo.sqrt %2412 : tensor<64xf32>
    %2414 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2415 = "stablehlo.broadcast_in_dim"(%2414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2416 = stablehlo.add %2413, %2415 : tensor<64xf32>
    %2417 = stablehlo.divide %2410, %2416 : tensor<64xf32>
    %2418 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2419 = stablehlo.multiply %2417, %2418 : tensor<64xf32>
    %2420 = stablehlo.subtract %arg37, %2419 : tensor<64xf32>
    %2421 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2422 = "stablehlo.broadcast_in_dim"(%2421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2423 = stablehlo.multiply %arg78, %2422 : tensor<5x64xf32>
    %2424 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2425 = "stablehlo.broadcast_in_dim"(%2424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2426 = stablehlo.multiply %1310, %2425 : tensor<5x64xf32>
    %2427 = stablehlo.add %2423, %2426 : tensor<5x64xf32>
    %2428 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2429 = "stablehlo.broadcast_in_dim"(%2428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2430 = stablehlo.multiply %arg118, %2429 : tensor<5x64xf32>
    %2431 = stablehlo.multiply %1310, %1310 : tensor<5x64xf32>
    %2432 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2433 = "stablehlo.broadcast_in_dim"(%2432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2434 = stablehlo.multiply %2431, %2433 : tensor<5x64xf32>
    %2435 = stablehlo.add %2430, %2434 : tensor<5x64xf32>
    %2436 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2437 = stablehlo.divide %2427, %2436 : tensor<5x64xf32>
    %2438 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2439 = stablehlo.divide %2435, %2438 : tensor<5x64xf32>
    %2440 = stablehlo.sqrt %2439 : tensor<5x64xf32>
    %2441 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2443 = stablehlo.add %2440, %2442 : tensor<5x64xf32>
    %2444 = stablehlo.divide %2437, %2443 : tensor<5x64xf32>
    %2445 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2446 = "stablehlo.broadcast_in_dim"(%2445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2447 = stablehlo.multiply %arg38, %2446 : tensor<5x64xf32>
    %2448 = stablehlo.add %2444, %2447 : tensor<5x64xf32>
    %2449 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2450 = stablehlo.multiply %2448, %2449 : tensor<5x64xf32>
    %2451 = stablehlo.subtract %arg38, %2450 : tensor<5x64xf32>
    %2452 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2453 = "stablehlo.broadcast_in_dim"(%2452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2454 = stablehlo.multiply %arg79, %2453 : tensor<5xf32>
    %2455 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2456 = "stablehlo.broadcast_in_dim"(%2455) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2457 = stablehlo.multiply %1312, %2456 : tensor<5xf32>
    %2458 = stablehlo.add %2454, %2457 : tensor<5xf32>
    %2459 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2460 = "stablehlo.broadcast_in_dim"(%2459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2461 = stablehlo.multiply %arg119, %2460 : tensor<5xf32>
    %2462 = stablehlo.multiply %1312, %1312 : tensor<5xf32>
    %2463 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2464 = "stablehlo.broadcast_in_dim"(%2463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2465 = stablehlo.multiply %2462, %2464 : tensor<5xf32>
    %2466 = stablehlo.add %2461, %2465 : tensor<5xf32>
    %2467 = "stablehlo.broadcast_in_dim"(%1337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2468 = stablehlo.divide %2458, %2467 : tensor<5xf32>
    %2469 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2470 = stablehlo.divide %2466, %2469 : tensor<5xf32>
    %2471 = stablehlo.sqrt %2470 : tensor<5xf32>
    %2472 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2473 = "stablehlo.broadcast_in_dim"(%2472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2474 = stablehlo.add %2471, %2473 : tensor<5xf32>
    %2475 = stablehlo.divide %2468, %2474 : tensor<5xf32>
    %2476 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2477 = stablehlo.multiply %2475, %2476 : tensor<5xf32>
    %2478 = stablehlo.subtract %arg39, %2477 : tensor<5xf32>
    %2479 = stablehlo.constant dense<1> : tensor<i32>
    %2480 = stablehlo.add %arg120, %2479 : tensor<i32>
    return %1369, %1396, %1427, %1454, %1481, %1508, %1539, %1566, %1597, %1624, %1655, %1682, %1713, %1740, %1767, %1794, %1825, %1852, %1883, %1910, %1937, %1964, %1995, %2022, %2053, %2080, %2111, %2138, %2169, %2196, %2223, %2250, %2281, %2308, %2339, %2366, %2393, %2420, %2451, %2478, %1349, %1376, %1403, %1434, %1461, %1488, %1515, %1546, %1573, %1604, %1631, %1662, %1689, %1720, %1747, %1774, %1801, %1832, %1859, %1890, %1917, %1944, %1971, %2002, %2029, %2060, %2087, %2118, %2145, %2176, %2203, %2230, %2257, %2288, %2315, %2346, %2373, %2400, %2427, %2458, %1357, %1384, %1411, %1442, %1469, %1496, %1523, %1554, %1581, %1612, %1639, %1670, %1697, %1728, %1755, %1782, %1809, %1840, %1867, %1898, %1925, %1952, %1979, %2010, %2037, %2068, %2095, %2126, %2153, %2184, %2211, %2238, %2265, %2296, %2323, %2354, %2381, %2408, %2435, %2466, %2480, %485, %507, %1329, %1225 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
