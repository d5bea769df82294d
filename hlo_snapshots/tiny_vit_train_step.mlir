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
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489:2 = "stablehlo.reduce"(%447, %486, %487, %488) ({
    ^bb0(%490: tensor<f32>, %491: tensor<i32>, %492: tensor<f32>, %493: tensor<i32>):
      %494 = "stablehlo.compare"(%490, %490) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %495 = "stablehlo.compare"(%492, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %496 = "stablehlo.compare"(%491, %493) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %497 = stablehlo.not %495 : tensor<i1>
      %498 = stablehlo.and %494, %497 : tensor<i1>
      %499 = stablehlo.and %494, %495 : tensor<i1>
      %500 = stablehlo.and %499, %496 : tensor<i1>
      %501 = stablehlo.or %498, %500 : tensor<i1>
      %502 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %503 = stablehlo.or %501, %502 : tensor<i1>
      %504 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %505 = stablehlo.and %504, %496 : tensor<i1>
      %506 = stablehlo.or %503, %505 : tensor<i1>
      %507 = "stablehlo.select"(%506, %490, %492) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %508 = "stablehlo.select"(%506, %491, %493) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%507, %508) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<2x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    %509 = "stablehlo.compare"(%489#1, %arg122) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %510 = "stablehlo.convert"(%509) : (tensor<2xi1>) -> tensor<2xf32>
    %511 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %512 = "stablehlo.reduce"(%510, %511) ({
    ^bb0(%513: tensor<f32>, %514: tensor<f32>):
      %515 = stablehlo.add %513, %514 : tensor<f32>
      "stablehlo.return"(%515) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %516 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %518 = stablehlo.multiply %517, %484 : tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %520 = stablehlo.negate %519 : tensor<2xf32>
    %521 = "stablehlo.broadcast_in_dim"(%520) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %522 = stablehlo.multiply %521, %451 : tensor<2x5xf32>
    %523 = stablehlo.negate %522 : tensor<2x5xf32>
    %524 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %525 = "stablehlo.reduce"(%523, %524) ({
    ^bb0(%526: tensor<f32>, %527: tensor<f32>):
      %528 = stablehlo.add %526, %527 : tensor<f32>
      "stablehlo.return"(%528) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %529 = "stablehlo.reshape"(%525) : (tensor<2xf32>) -> tensor<2x1xf32>
    %530 = stablehlo.divide %529, %467 : tensor<2x1xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x1xf32>) -> tensor<2xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %533 = stablehlo.multiply %532, %461 : tensor<2x5xf32>
    %534 = stablehlo.add %522, %533 : tensor<2x5xf32>
    %535 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) ({
    ^bb0(%537: tensor<f32>, %538: tensor<f32>):
      %539 = stablehlo.add %537, %538 : tensor<f32>
      "stablehlo.return"(%539) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %540 = "stablehlo.dot_general"(%534, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %541 = "stablehlo.dot_general"(%534, %444) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %542 = "stablehlo.reshape"(%540) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %543 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %544 = "stablehlo.pad"(%542, %543) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %545 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %546 = "stablehlo.reduce"(%544, %545) ({
    ^bb0(%547: tensor<f32>, %548: tensor<f32>):
      %549 = stablehlo.add %547, %548 : tensor<f32>
      "stablehlo.return"(%549) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %550 = stablehlo.multiply %544, %439 : tensor<2x17x64xf32>
    %551 = stablehlo.multiply %544, %438 : tensor<2x17x64xf32>
    %552 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %553 = "stablehlo.reduce"(%551, %552) ({
    ^bb0(%554: tensor<f32>, %555: tensor<f32>):
      %556 = stablehlo.add %554, %555 : tensor<f32>
      "stablehlo.return"(%556) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %557 = stablehlo.multiply %550, %437 : tensor<2x17x64xf32>
    %558 = stablehlo.multiply %550, %421 : tensor<2x17x64xf32>
    %559 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %560 = "stablehlo.reduce"(%558, %559) ({
    ^bb0(%561: tensor<f32>, %562: tensor<f32>):
      %563 = stablehlo.add %561, %562 : tensor<f32>
      "stablehlo.return"(%563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %564 = "stablehlo.reshape"(%560) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %565 = stablehlo.divide %435, %434 : tensor<2x17x1xf32>
    %566 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %567 = "stablehlo.broadcast_in_dim"(%566) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %568 = stablehlo.multiply %565, %567 : tensor<2x17x1xf32>
    %569 = stablehlo.multiply %564, %568 : tensor<2x17x1xf32>
    %570 = "stablehlo.reshape"(%569) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %571 = stablehlo.multiply %570, %429 : tensor<2x17xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %573 = stablehlo.multiply %572, %421 : tensor<2x17x64xf32>
    %574 = stablehlo.multiply %572, %421 : tensor<2x17x64xf32>
    %575 = stablehlo.add %557, %573 : tensor<2x17x64xf32>
    %576 = stablehlo.add %575, %574 : tensor<2x17x64xf32>
    %577 = stablehlo.negate %576 : tensor<2x17x64xf32>
    %578 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %579 = "stablehlo.reduce"(%577, %578) ({
    ^bb0(%580: tensor<f32>, %581: tensor<f32>):
      %582 = stablehlo.add %580, %581 : tensor<f32>
      "stablehlo.return"(%582) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %583 = "stablehlo.reshape"(%579) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %584 = "stablehlo.reshape"(%583) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %585 = stablehlo.multiply %584, %416 : tensor<2x17xf32>
    %586 = "stablehlo.broadcast_in_dim"(%585) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %587 = stablehlo.add %576, %586 : tensor<2x17x64xf32>
    %588 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %589 = "stablehlo.reduce"(%587, %588) ({
    ^bb0(%590: tensor<f32>, %591: tensor<f32>):
      %592 = stablehlo.add %590, %591 : tensor<f32>
      "stablehlo.return"(%592) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %593 = "stablehlo.dot_general"(%587, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %594 = "stablehlo.dot_general"(%587, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %595 = stablehlo.multiply %593, %404 : tensor<2x17x128xf32>
    %596 = stablehlo.multiply %595, %401 : tensor<2x17x128xf32>
    %597 = stablehlo.multiply %595, %394 : tensor<2x17x128xf32>
    %598 = stablehlo.multiply %397, %397 : tensor<2x17x128xf32>
    %599 = stablehlo.negate %598 : tensor<2x17x128xf32>
    %600 = stablehlo.exponential %599 : tensor<2x17x128xf32>
    %601 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %602 = "stablehlo.broadcast_in_dim"(%601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %603 = stablehlo.multiply %600, %602 : tensor<2x17x128xf32>
    %604 = stablehlo.multiply %597, %603 : tensor<2x17x128xf32>
    %605 = stablehlo.multiply %604, %396 : tensor<2x17x128xf32>
    %606 = stablehlo.add %596, %605 : tensor<2x17x128xf32>
    %607 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %608 = "stablehlo.reduce"(%606, %607) ({
    ^bb0(%609: tensor<f32>, %610: tensor<f32>):
      %611 = stablehlo.add %609, %610 : tensor<f32>
      "stablehlo.return"(%611) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %612 = "stablehlo.dot_general"(%606, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %613 = "stablehlo.dot_general"(%606, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %614 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %615 = "stablehlo.reduce"(%612, %614) ({
    ^bb0(%616: tensor<f32>, %617: tensor<f32>):
      %618 = stablehlo.add %616, %617 : tensor<f32>
      "stablehlo.return"(%618) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %619 = stablehlo.multiply %612, %388 : tensor<2x17x64xf32>
    %620 = stablehlo.multiply %612, %387 : tensor<2x17x64xf32>
    %621 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %622 = "stablehlo.reduce"(%620, %621) ({
    ^bb0(%623: tensor<f32>, %624: tensor<f32>):
      %625 = stablehlo.add %623, %624 : tensor<f32>
      "stablehlo.return"(%625) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %626 = stablehlo.multiply %619, %386 : tensor<2x17x64xf32>
    %627 = stablehlo.multiply %619, %370 : tensor<2x17x64xf32>
    %628 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %629 = "stablehlo.reduce"(%627, %628) ({
    ^bb0(%630: tensor<f32>, %631: tensor<f32>):
      %632 = stablehlo.add %630, %631 : tensor<f32>
      "stablehlo.return"(%632) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %633 = "stablehlo.reshape"(%629) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %634 = stablehlo.divide %384, %383 : tensor<2x17x1xf32>
    %635 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %637 = stablehlo.multiply %634, %636 : tensor<2x17x1xf32>
    %638 = stablehlo.multiply %633, %637 : tensor<2x17x1xf32>
    %639 = "stablehlo.reshape"(%638) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %640 = stablehlo.multiply %639, %378 : tensor<2x17xf32>
    %641 = "stablehlo.broadcast_in_dim"(%640) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %642 = stablehlo.multiply %641, %370 : tensor<2x17x64xf32>
    %643 = stablehlo.multiply %641, %370 : tensor<2x17x64xf32>
    %644 = stablehlo.add %626, %642 : tensor<2x17x64xf32>
    %645 = stablehlo.add %644, %643 : tensor<2x17x64xf32>
    %646 = stablehlo.negate %645 : tensor<2x17x64xf32>
    %647 = stablehlo.add %587, %645 : tensor<2x17x64xf32>
    %648 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %649 = "stablehlo.reduce"(%646, %648) ({
    ^bb0(%650: tensor<f32>, %651: tensor<f32>):
      %652 = stablehlo.add %650, %651 : tensor<f32>
      "stablehlo.return"(%652) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %653 = "stablehlo.reshape"(%649) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %654 = "stablehlo.reshape"(%653) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %655 = stablehlo.multiply %654, %365 : tensor<2x17xf32>
    %656 = "stablehlo.broadcast_in_dim"(%655) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %657 = stablehlo.add %647, %656 : tensor<2x17x64xf32>
    %658 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %659 = "stablehlo.reduce"(%657, %658) ({
    ^bb0(%660: tensor<f32>, %661: tensor<f32>):
      %662 = stablehlo.add %660, %661 : tensor<f32>
      "stablehlo.return"(%662) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %663 = "stablehlo.dot_general"(%657, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %664 = "stablehlo.dot_general"(%657, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %665 = "stablehlo.reshape"(%663) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %666 = "stablehlo.transpose"(%665) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %667 = "stablehlo.dot_general"(%666, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %668 = "stablehlo.dot_general"(%666, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %669 = "stablehlo.transpose"(%668) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %670 = stablehlo.divide %667, %350 : tensor<2x4x17x17xf32>
    %671 = stablehlo.multiply %670, %351 : tensor<2x4x17x17xf32>
    %672 = stablehlo.negate %671 : tensor<2x4x17x17xf32>
    %673 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %674 = "stablehlo.reduce"(%672, %673) ({
    ^bb0(%675: tensor<f32>, %676: tensor<f32>):
      %677 = stablehlo.add %675, %676 : tensor<f32>
      "stablehlo.return"(%677) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %678 = "stablehlo.reshape"(%674) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %679 = "stablehlo.reshape"(%678) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %680 = "stablehlo.broadcast_in_dim"(%679) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %681 = stablehlo.add %670, %680 : tensor<2x4x17x17xf32>
    %682 = stablehlo.multiply %681, %342 : tensor<2x4x17x17xf32>
    %683 = stablehlo.multiply %682, %331 : tensor<2x4x17x17xf32>
    %684 = "stablehlo.dot_general"(%683, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %685 = "stablehlo.dot_general"(%683, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %686 = "stablehlo.transpose"(%669) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %687 = "stablehlo.reshape"(%686) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %688 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %689 = "stablehlo.reduce"(%687, %688) ({
    ^bb0(%690: tensor<f32>, %691: tensor<f32>):
      %692 = stablehlo.add %690, %691 : tensor<f32>
      "stablehlo.return"(%692) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %693 = "stablehlo.dot_general"(%687, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %694 = "stablehlo.dot_general"(%687, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %695 = "stablehlo.transpose"(%685) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %696 = "stablehlo.reshape"(%695) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %697 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %698 = "stablehlo.reduce"(%696, %697) ({
    ^bb0(%699: tensor<f32>, %700: tensor<f32>):
      %701 = stablehlo.add %699, %700 : tensor<f32>
      "stablehlo.return"(%701) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %702 = "stablehlo.dot_general"(%696, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %703 = "stablehlo.dot_general"(%696, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %704 = stablehlo.add %693, %702 : tensor<2x17x64xf32>
    %705 = "stablehlo.transpose"(%684) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %706 = "stablehlo.reshape"(%705) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %707 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %708 = "stablehlo.reduce"(%706, %707) ({
    ^bb0(%709: tensor<f32>, %710: tensor<f32>):
      %711 = stablehlo.add %709, %710 : tensor<f32>
      "stablehlo.return"(%711) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %712 = "stablehlo.dot_general"(%706, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %713 = "stablehlo.dot_general"(%706, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %714 = stablehlo.add %704, %712 : tensor<2x17x64xf32>
    %715 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %716 = "stablehlo.reduce"(%714, %715) ({
    ^bb0(%717: tensor<f32>, %718: tensor<f32>):
      %719 = stablehlo.add %717, %718 : tensor<f32>
      "stablehlo.return"(%719) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %720 = stablehlo.multiply %714, %310 : tensor<2x17x64xf32>
    %721 = stablehlo.multiply %714, %309 : tensor<2x17x64xf32>
    %722 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %723 = "stablehlo.reduce"(%721, %722) ({
    ^bb0(%724: tensor<f32>, %725: tensor<f32>):
      %726 = stablehlo.add %724, %725 : tensor<f32>
      "stablehlo.return"(%726) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %727 = stablehlo.multiply %720, %308 : tensor<2x17x64xf32>
    %728 = stablehlo.multiply %720, %292 : tensor<2x17x64xf32>
    %729 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %730 = "stablehlo.reduce"(%728, %729) ({
    ^bb0(%731: tensor<f32>, %732: tensor<f32>):
      %733 = stablehlo.add %731, %732 : tensor<f32>
      "stablehlo.return"(%733) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %734 = "stablehlo.reshape"(%730) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %735 = stablehlo.divide %306, %305 : tensor<2x17x1xf32>
    %736 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %737 = "stablehlo.broadcast_in_dim"(%736) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %738 = stablehlo.multiply %735, %737 : tensor<2x17x1xf32>
    %739 = stablehlo.multiply %734, %738 : tensor<2x17x1xf32>
    %740 = "stablehlo.reshape"(%739) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %741 = stablehlo.multiply %740, %300 : tensor<2x17xf32>
    %742 = "stablehlo.broadcast_in_dim"(%741) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %743 = stablehlo.multiply %742, %292 : tensor<2x17x64xf32>
    %744 = stablehlo.multiply %742, %292 : tensor<2x17x64xf32>
    %745 = stablehlo.add %727, %743 : tensor<2x17x64xf32>
    %746 = stablehlo.add %745, %744 : tensor<2x17x64xf32>
    %747 = stablehlo.negate %746 : tensor<2x17x64xf32>
    %748 = stablehlo.add %657, %746 : tensor<2x17x64xf32>
    %749 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %750 = "stablehlo.reduce"(%747, %749) ({
    ^bb0(%751: tensor<f32>, %752: tensor<f32>):
      %753 = stablehlo.add %751, %752 : tensor<f32>
      "stablehlo.return"(%753) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %754 = "stablehlo.reshape"(%750) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %755 = "stablehlo.reshape"(%754) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %756 = stablehlo.multiply %755, %287 : tensor<2x17xf32>
    %757 = "stablehlo.broadcast_in_dim"(%756) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %758 = stablehlo.add %748, %757 : tensor<2x17x64xf32>
    %759 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %760 = "stablehlo.reduce"(%758, %759) ({
    ^bb0(%761: tensor<f32>, %762: tensor<f32>):
      %763 = stablehlo.add %761, %762 : tensor<f32>
      "stablehlo.return"(%763) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %764 = "stablehlo.dot_general"(%758, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %765 = "stablehlo.dot_general"(%758, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %766 = stablehlo.multiply %764, %275 : tensor<2x17x128xf32>
    %767 = stablehlo.multiply %766, %272 : tensor<2x17x128xf32>
    %768 = stablehlo.multiply %766, %265 : tensor<2x17x128xf32>
    %769 = stablehlo.multiply %268, %268 : tensor<2x17x128xf32>
    %770 = stablehlo.negate %769 : tensor<2x17x128xf32>
    %771 = stablehlo.exponential %770 : tensor<2x17x128xf32>
    %772 = stablehlo.constant dense<1.1283791670955126e0> : tensor<f32>
    %773 = "stablehlo.broadcast_in_dim"(%772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %774 = stablehlo.multiply %771, %773 : tensor<2x17x128xf32>
    %775 = stablehlo.multiply %768, %774 : tensor<2x17x128xf32>
    %776 = stablehlo.multiply %775, %267 : tensor<2x17x128xf32>
    %777 = stablehlo.add %767, %776 : tensor<2x17x128xf32>
    %778 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %779 = "stablehlo.reduce"(%777, %778) ({
    ^bb0(%780: tensor<f32>, %781: tensor<f32>):
      %782 = stablehlo.add %780, %781 : tensor<f32>
      "stablehlo.return"(%782) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %783 = "stablehlo.dot_general"(%777, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %784 = "stablehlo.dot_general"(%777, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %785 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %786 = "stablehlo.reduce"(%783, %785) ({
    ^bb0(%787: tensor<f32>, %788: tensor<f32>):
      %789 = stablehlo.add %787, %788 : tensor<f32>
      "stablehlo.return"(%789) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %790 = stablehlo.multiply %783, %259 : tensor<2x17x64xf32>
    %791 = stablehlo.multiply %783, %258 : tensor<2x17x64xf32>
    %792 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %793 = "stablehlo.reduce"(%791, %792) ({
    ^bb0(%794: tensor<f32>, %795: tensor<f32>):
      %796 = stablehlo.add %794, %795 : tensor<f32>
      "stablehlo.return"(%796) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %797 = stablehlo.multiply %790, %257 : tensor<2x17x64xf32>
    %798 = stablehlo.multiply %790, %241 : tensor<2x17x64xf32>
    %799 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %800 = "stablehlo.reduce"(%798, %799) ({
    ^bb0(%801: tensor<f32>, %802: tensor<f32>):
      %803 = stablehlo.add %801, %802 : tensor<f32>
      "stablehlo.return"(%803) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %804 = "stablehlo.reshape"(%800) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %805 = stablehlo.divide %255, %254 : tensor<2x17x1xf32>
    %806 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %807 = "stablehlo.broadcast_in_dim"(%806) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %808 = stablehlo.multiply %805, %807 : tensor<2x17x1xf32>
    %809 = stablehlo.multiply %804, %808 : tensor<2x17x1xf32>
    %810 = "stablehlo.reshape"(%809) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %811 = stablehlo.multiply %810, %249 : tensor<2x17xf32>
    %812 = "stablehlo.broadcast_in_dim"(%811) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %813 = stablehlo.multiply %812, %241 : tensor<2x17x64xf32>
    %814 = stablehlo.multiply %812, %241 : tensor<2x17x64xf32>
    %815 = stablehlo.add %797, %813 : tensor<2x17x64xf32>
    %816 = stablehlo.add %815, %814 : tensor<2x17x64xf32>
    %817 = stablehlo.negate %816 : tensor<2x17x64xf32>
    %818 = stablehlo.add %758, %816 : tensor<2x17x64xf32>
    %819 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %820 = "stablehlo.reduce"(%817, %819) ({
    ^bb0(%821: tensor<f32>, %822: tensor<f32>):
      %823 = stablehlo.add %821, %822 : tensor<f32>
      "stablehlo.return"(%823) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %824 = "stablehlo.reshape"(%820) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %825 = "stablehlo.reshape"(%824) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %826 = stablehlo.multiply %825, %236 : tensor<2x17xf32>
    %827 = "stablehlo.broadcast_in_dim"(%826) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %828 = stablehlo.add %818, %827 : tensor<2x17x64xf32>
    %829 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %830 = "stablehlo.reduce"(%828, %829) ({
    ^bb0(%831: tensor<f32>, %832: tensor<f32>):
      %833 = stablehlo.add %831, %832 : tensor<f32>
      "stablehlo.return"(%833) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %834 = "stablehlo.dot_general"(%828, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %835 = "stablehlo.dot_general"(%828, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %836 = "stablehlo.reshape"(%834) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %837 = "stablehlo.transpose"(%836) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %838 = "stablehlo.dot_general"(%837, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %839 = "stablehlo.dot_general"(%837, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %840 = "stablehlo.transpose"(%839) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %841 = stablehlo.divide %838, %221 : tensor<2x4x17x17xf32>
    %842 = stablehlo.multiply %841, %222 : tensor<2x4x17x17xf32>
    %843 = stablehlo.negate %842 : tensor<2x4x17x17xf32>
    %844 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %845 = "stablehlo.reduce"(%843, %844) ({
    ^bb0(%846: tensor<f32>, %847: tensor<f32>):
      %848 = stablehlo.add %846, %847 : tensor<f32>
      "stablehlo.return"(%848) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %849 = "stablehlo.reshape"(%845) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %850 = "stablehlo.reshape"(%849) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %851 = "stablehlo.broadcast_in_dim"(%850) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %852 = stablehlo.add %841, %851 : tensor<2x4x17x17xf32>
    %853 = stablehlo.multiply %852, %213 : tensor<2x4x17x17xf32>
    %854 = stablehlo.multiply %853, %202 : tensor<2x4x17x17xf32>
    %855 = "stablehlo.dot_general"(%854, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %856 = "stablehlo.dot_general"(%854, %189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %857 = "stablehlo.transpose"(%840) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %858 = "stablehlo.reshape"(%857) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %859 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %860 = "stablehlo.reduce"(%858, %859) ({
    ^bb0(%861: tensor<f32>, %862: tensor<f32>):
      %863 = stablehlo.add %861, %862 : tensor<f32>
      "stablehlo.return"(%863) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %864 = "stablehlo.dot_general"(%858, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %865 = "stablehlo.dot_general"(%858, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %866 = "stablehlo.transpose"(%856) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %867 = "stablehlo.reshape"(%866) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %868 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %869 = "stablehlo.reduce"(%867, %868) ({
    ^bb0(%870: tensor<f32>, %871: tensor<f32>):
      %872 = stablehlo.add %870, %871 : tensor<f32>
      "stablehlo.return"(%872) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %873 = "stablehlo.dot_general"(%867, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %874 = "stablehlo.dot_general"(%867, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %875 = stablehlo.add %864, %873 : tensor<2x17x64xf32>
    %876 = "stablehlo.transpose"(%855) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %877 = "stablehlo.reshape"(%876) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %878 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %879 = "stablehlo.reduce"(%877, %878) ({
    ^bb0(%880: tensor<f32>, %881: tensor<f32>):
      %882 = stablehlo.add %880, %881 : tensor<f32>
      "stablehlo.return"(%882) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %883 = "stablehlo.dot_general"(%877, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %884 = "stablehlo.dot_general"(%877, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %885 = stablehlo.add %875, %883 : tensor<2x17x64xf32>
    %886 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %887 = "stablehlo.reduce"(%885, %886) ({
    ^bb0(%888: tensor<f32>, %889: tensor<f32>):
      %890 = stablehlo.add %888, %889 : tensor<f32>
      "stablehlo.return"(%890) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %891 = stablehlo.multiply %885, %181 : tensor<2x17x64xf32>
    %892 = stablehlo.multiply %885, %180 : tensor<2x17x64xf32>
    %893 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %894 = "stablehlo.reduce"(%892, %893) ({
    ^bb0(%895: tensor<f32>, %896: tensor<f32>):
      %897 = stablehlo.add %895, %896 : tensor<f32>
      "stablehlo.return"(%897) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %898 = stablehlo.multiply %891, %179 : tensor<2x17x64xf32>
    %899 = stablehlo.multiply %891, %163 : tensor<2x17x64xf32>
    %900 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %901 = "stablehlo.reduce"(%899, %900) ({
    ^bb0(%902: tensor<f32>, %903: tensor<f32>):
      %904 = stablehlo.add %902, %903 : tensor<f32>
      "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %905 = "stablehlo.reshape"(%901) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %906 = stablehlo.divide %177, %176 : tensor<2x17x1xf32>
    %907 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %908 = "stablehlo.broadcast_in_dim"(%907) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %909 = stablehlo.multiply %906, %908 : tensor<2x17x1xf32>
    %910 = stablehlo.multiply %905, %909 : tensor<2x17x1xf32>
    %911 = "stablehlo.reshape"(%910) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %912 = stablehlo.multiply %911, %171 : tensor<2x17xf32>
    %913 = "stablehlo.broadcast_in_dim"(%912) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %914 = stablehlo.multiply %913, %163 : tensor<2x17x64xf32>
    %915 = stablehlo.multiply %913, %163 : tensor<2x17x64xf32>
    %916 = stablehlo.add %898, %914 : tensor<2x17x64xf32>
    %917 = stablehlo.add %916, %915 : tensor<2x17x64xf32>
    %918 = stablehlo.negate %917 : tensor<2x17x64xf32>
    %919 = stablehlo.add %828, %917 : tensor<2x17x64xf32>
    %920 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %921 = "stablehlo.reduce"(%918, %920) ({
    ^bb0(%922: tensor<f32>, %923: tensor<f32>):
      %924 = stablehlo.add %922, %923 : tensor<f32>
      "stablehlo.return"(%924) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %925 = "stablehlo.reshape"(%921) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %926 = "stablehlo.reshape"(%925) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %927 = stablehlo.multiply %926, %158 : tensor<2x17xf32>
    %928 = "stablehlo.broadcast_in_dim"(%927) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %929 = stablehlo.add %919, %928 : tensor<2x17x64xf32>
    %930 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %931 = "stablehlo.reduce"(%929, %930) ({
    ^bb0(%932: tensor<f32>, %933: tensor<f32>):
      %934 = stablehlo.add %932, %933 : tensor<f32>
      "stablehlo.return"(%934) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<17x64xf32>
    %935 = "stablehlo.reshape"(%931) : (tensor<17x64xf32>) -> tensor<1x17x64xf32>
    %936 = "stablehlo.slice"(%929) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %937 = "stablehlo.slice"(%929) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %938 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %939 = "stablehlo.reduce"(%936, %938) ({
    ^bb0(%940: tensor<f32>, %941: tensor<f32>):
      %942 = stablehlo.add %940, %941 : tensor<f32>
      "stablehlo.return"(%942) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %943 = "stablehlo.reshape"(%939) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %944 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %945 = "stablehlo.reduce"(%937, %944) ({
    ^bb0(%946: tensor<f32>, %947: tensor<f32>):
      %948 = stablehlo.add %946, %947 : tensor<f32>
      "stablehlo.return"(%948) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %949 = "stablehlo.dot_general"(%937, %141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %950 = "stablehlo.reshape"(%949) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %951 = stablehlo.multiply %943, %943 : tensor<1x1x64xf32>
    %952 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %953 = "stablehlo.reduce"(%951, %952) ({
    ^bb0(%954: tensor<f32>, %955: tensor<f32>):
      %956 = stablehlo.add %954, %955 : tensor<f32>
      "stablehlo.return"(%956) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %957 = stablehlo.multiply %935, %935 : tensor<1x17x64xf32>
    %958 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %959 = "stablehlo.reduce"(%957, %958) ({
    ^bb0(%960: tensor<f32>, %961: tensor<f32>):
      %962 = stablehlo.add %960, %961 : tensor<f32>
      "stablehlo.return"(%962) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %963 = stablehlo.add %953, %959 : tensor<f32>
    %964 = stablehlo.multiply %950, %950 : tensor<64x3x8x8xf32>
    %965 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %966 = "stablehlo.reduce"(%964, %965) ({
    ^bb0(%967: tensor<f32>, %968: tensor<f32>):
      %969 = stablehlo.add %967, %968 : tensor<f32>
      "stablehlo.return"(%969) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %970 = stablehlo.add %963, %966 : tensor<f32>
    %971 = stablehlo.multiply %945, %945 : tensor<64xf32>
    %972 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %973 = "stablehlo.reduce"(%971, %972) ({
    ^bb0(%974: tensor<f32>, %975: tensor<f32>):
      %976 = stablehlo.add %974, %975 : tensor<f32>
      "stablehlo.return"(%976) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %977 = stablehlo.add %970, %973 : tensor<f32>
    %978 = stablehlo.multiply %894, %894 : tensor<64xf32>
    %979 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %980 = "stablehlo.reduce"(%978, %979) ({
    ^bb0(%981: tensor<f32>, %982: tensor<f32>):
      %983 = stablehlo.add %981, %982 : tensor<f32>
      "stablehlo.return"(%983) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %984 = stablehlo.add %977, %980 : tensor<f32>
    %985 = stablehlo.multiply %887, %887 : tensor<64xf32>
    %986 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %987 = "stablehlo.reduce"(%985, %986) ({
    ^bb0(%988: tensor<f32>, %989: tensor<f32>):
      %990 = stablehlo.add %988, %989 : tensor<f32>
      "stablehlo.return"(%990) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %991 = stablehlo.add %984, %987 : tensor<f32>
    %992 = stablehlo.multiply %884, %884 : tensor<64x64xf32>
    %993 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %994 = "stablehlo.reduce"(%992, %993) ({
    ^bb0(%995: tensor<f32>, %996: tensor<f32>):
      %997 = stablehlo.add %995, %996 : tensor<f32>
      "stablehlo.return"(%997) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %998 = stablehlo.add %991, %994 : tensor<f32>
    %999 = stablehlo.multiply %879, %879 : tensor<64xf32>
    %1000 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1001 = "stablehlo.reduce"(%999, %1000) ({
    ^bb0(%1002: tensor<f32>, %1003: tensor<f32>):
      %1004 = stablehlo.add %1002, %1003 : tensor<f32>
      "stablehlo.return"(%1004) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1005 = stablehlo.add %998, %1001 : tensor<f32>
    %1006 = stablehlo.multiply %874, %874 : tensor<64x64xf32>
    %1007 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1008 = "stablehlo.reduce"(%1006, %1007) ({
    ^bb0(%1009: tensor<f32>, %1010: tensor<f32>):
      %1011 = stablehlo.add %1009, %1010 : tensor<f32>
      "stablehlo.return"(%1011) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1012 = stablehlo.add %1005, %1008 : tensor<f32>
    %1013 = stablehlo.multiply %869, %869 : tensor<64xf32>
    %1014 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1015 = "stablehlo.reduce"(%1013, %1014) ({
    ^bb0(%1016: tensor<f32>, %1017: tensor<f32>):
      %1018 = stablehlo.add %1016, %1017 : tensor<f32>
      "stablehlo.return"(%1018) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1019 = stablehlo.add %1012, %1015 : tensor<f32>
    %1020 = stablehlo.multiply %865, %865 : tensor<64x64xf32>
    %1021 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1022 = "stablehlo.reduce"(%1020, %1021) ({
    ^bb0(%1023: tensor<f32>, %1024: tensor<f32>):
      %1025 = stablehlo.add %1023, %1024 : tensor<f32>
      "stablehlo.return"(%1025) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1026 = stablehlo.add %1019, %1022 : tensor<f32>
    %1027 = stablehlo.multiply %860, %860 : tensor<64xf32>
    %1028 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1029 = "stablehlo.reduce"(%1027, %1028) ({
    ^bb0(%1030: tensor<f32>, %1031: tensor<f32>):
      %1032 = stablehlo.add %1030, %1031 : tensor<f32>
      "stablehlo.return"(%1032) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1033 = stablehlo.add %1026, %1029 : tensor<f32>
    %1034 = stablehlo.multiply %835, %835 : tensor<64x64xf32>
    %1035 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1036 = "stablehlo.reduce"(%1034, %1035) ({
    ^bb0(%1037: tensor<f32>, %1038: tensor<f32>):
      %1039 = stablehlo.add %1037, %1038 : tensor<f32>
      "stablehlo.return"(%1039) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1040 = stablehlo.add %1033, %1036 : tensor<f32>
    %1041 = stablehlo.multiply %830, %830 : tensor<64xf32>
    %1042 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1043 = "stablehlo.reduce"(%1041, %1042) ({
    ^bb0(%1044: tensor<f32>, %1045: tensor<f32>):
      %1046 = stablehlo.add %1044, %1045 : tensor<f32>
      "stablehlo.return"(%1046) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1047 = stablehlo.add %1040, %1043 : tensor<f32>
    %1048 = stablehlo.multiply %793, %793 : tensor<64xf32>
    %1049 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1050 = "stablehlo.reduce"(%1048, %1049) ({
    ^bb0(%1051: tensor<f32>, %1052: tensor<f32>):
      %1053 = stablehlo.add %1051, %1052 : tensor<f32>
      "stablehlo.return"(%1053) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1054 = stablehlo.add %1047, %1050 : tensor<f32>
    %1055 = stablehlo.multiply %786, %786 : tensor<64xf32>
    %1056 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1057 = "stablehlo.reduce"(%1055, %1056) ({
    ^bb0(%1058: tensor<f32>, %1059: tensor<f32>):
      %1060 = stablehlo.add %1058, %1059 : tensor<f32>
      "stablehlo.return"(%1060) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1061 = stablehlo.add %1054, %1057 : tensor<f32>
    %1062 = stablehlo.multiply %784, %784 : tensor<128x64xf32>
    %1063 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1064 = "stablehlo.reduce"(%1062, %1063) ({
    ^bb0(%1065: tensor<f32>, %1066: tensor<f32>):
      %1067 = stablehlo.add %1065, %1066 : tensor<f32>
      "stablehlo.return"(%1067) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1068 = stablehlo.add %1061, %1064 : tensor<f32>
    %1069 = stablehlo.multiply %779, %779 : tensor<128xf32>
    %1070 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1071 = "stablehlo.reduce"(%1069, %1070) ({
    ^bb0(%1072: tensor<f32>, %1073: tensor<f32>):
      %1074 = stablehlo.add %1072, %1073 : tensor<f32>
      "stablehlo.return"(%1074) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1075 = stablehlo.add %1068, %1071 : tensor<f32>
    %1076 = stablehlo.multiply %765, %765 : tensor<64x128xf32>
    %1077 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1078 = "stablehlo.reduce"(%1076, %1077) ({
    ^bb0(%1079: tensor<f32>, %1080: tensor<f32>):
      %1081 = stablehlo.add %1079, %1080 : tensor<f32>
      "stablehlo.return"(%1081) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1082 = stablehlo.add %1075, %1078 : tensor<f32>
    %1083 = stablehlo.multiply %760, %760 : tensor<64xf32>
    %1084 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1085 = "stablehlo.reduce"(%1083, %1084) ({
    ^bb0(%1086: tensor<f32>, %1087: tensor<f32>):
      %1088 = stablehlo.add %1086, %1087 : tensor<f32>
      "stablehlo.return"(%1088) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1089 = stablehlo.add %1082, %1085 : tensor<f32>
    %1090 = stablehlo.multiply %723, %723 : tensor<64xf32>
    %1091 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1092 = "stablehlo.reduce"(%1090, %1091) ({
    ^bb0(%1093: tensor<f32>, %1094: tensor<f32>):
      %1095 = stablehlo.add %1093, %1094 : tensor<f32>
      "stablehlo.return"(%1095) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1096 = stablehlo.add %1089, %1092 : tensor<f32>
    %1097 = stablehlo.multiply %716, %716 : tensor<64xf32>
    %1098 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1099 = "stablehlo.reduce"(%1097, %1098) ({
    ^bb0(%1100: tensor<f32>, %1101: tensor<f32>):
      %1102 = stablehlo.add %1100, %1101 : tensor<f32>
      "stablehlo.return"(%1102) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1103 = stablehlo.add %1096, %1099 : tensor<f32>
    %1104 = stablehlo.multiply %713, %713 : tensor<64x64xf32>
    %1105 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1106 = "stablehlo.reduce"(%1104, %1105) ({
    ^bb0(%1107: tensor<f32>, %1108: tensor<f32>):
      %1109 = stablehlo.add %1107, %1108 : tensor<f32>
      "stablehlo.return"(%1109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1110 = stablehlo.add %1103, %1106 : tensor<f32>
    %1111 = stablehlo.multiply %708, %708 : tensor<64xf32>
    %1112 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1113 = "stablehlo.reduce"(%1111, %1112) ({
    ^bb0(%1114: tensor<f32>, %1115: tensor<f32>):
      %1116 = stablehlo.add %1114, %1115 : tensor<f32>
      "stablehlo.return"(%1116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1117 = stablehlo.add %1110, %1113 : tensor<f32>
    %1118 = stablehlo.multiply %703, %703 : tensor<64x64xf32>
    %1119 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1120 = "stablehlo.reduce"(%1118, %1119) ({
    ^bb0(%1121: tensor<f32>, %1122: tensor<f32>):
      %1123 = stablehlo.add %1121, %1122 : tensor<f32>
      "stablehlo.return"(%1123) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1124 = stablehlo.add %1117, %1120 : tensor<f32>
    %1125 = stablehlo.multiply %698, %698 : tensor<64xf32>
    %1126 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1127 = "stablehlo.reduce"(%1125, %1126) ({
    ^bb0(%1128: tensor<f32>, %1129: tensor<f32>):
      %1130 = stablehlo.add %1128, %1129 : tensor<f32>
      "stablehlo.return"(%1130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1131 = stablehlo.add %1124, %1127 : tensor<f32>
    %1132 = stablehlo.multiply %694, %694 : tensor<64x64xf32>
    %1133 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1134 = "stablehlo.reduce"(%1132, %1133) ({
    ^bb0(%1135: tensor<f32>, %1136: tensor<f32>):
      %1137 = stablehlo.add %1135, %1136 : tensor<f32>
      "stablehlo.return"(%1137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1138 = stablehlo.add %1131, %1134 : tensor<f32>
    %1139 = stablehlo.multiply %689, %689 : tensor<64xf32>
    %1140 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %1140) ({
    ^bb0(%1142: tensor<f32>, %1143: tensor<f32>):
      %1144 = stablehlo.add %1142, %1143 : tensor<f32>
      "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1145 = stablehlo.add %1138, %1141 : tensor<f32>
    %1146 = stablehlo.multiply %664, %664 : tensor<64x64xf32>
    %1147 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1148 = "stablehlo.reduce"(%1146, %1147) ({
    ^bb0(%1149: tensor<f32>, %1150: tensor<f32>):
      %1151 = stablehlo.add %1149, %1150 : tensor<f32>
      "stablehlo.return"(%1151) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1152 = stablehlo.add %1145, %1148 : tensor<f32>
    %1153 = stablehlo.multiply %659, %659 : tensor<64xf32>
    %1154 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1155 = "stablehlo.reduce"(%1153, %1154) ({
    ^bb0(%1156: tensor<f32>, %1157: tensor<f32>):
      %1158 = stablehlo.add %1156, %1157 : tensor<f32>
      "stablehlo.return"(%1158) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1159 = stablehlo.add %1152, %1155 : tensor<f32>
    %1160 = stablehlo.multiply %622, %622 : tensor<64xf32>
    %1161 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1162 = "stablehlo.reduce"(%1160, %1161) ({
    ^bb0(%1163: tensor<f32>, %1164: tensor<f32>):
      %1165 = stablehlo.add %1163, %1164 : tensor<f32>
      "stablehlo.return"(%1165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1166 = stablehlo.add %1159, %1162 : tensor<f32>
    %1167 = stablehlo.multiply %615, %615 : tensor<64xf32>
    %1168 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1169 = "stablehlo.reduce"(%1167, %1168) ({
    ^bb0(%1170: tensor<f32>, %1171: tensor<f32>):
      %1172 = stablehlo.add %1170, %1171 : tensor<f32>
      "stablehlo.return"(%1172) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1173 = stablehlo.add %1166, %1169 : tensor<f32>
    %1174 = stablehlo.multiply %613, %613 : tensor<128x64xf32>
    %1175 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1176 = "stablehlo.reduce"(%1174, %1175) ({
    ^bb0(%1177: tensor<f32>, %1178: tensor<f32>):
      %1179 = stablehlo.add %1177, %1178 : tensor<f32>
      "stablehlo.return"(%1179) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1180 = stablehlo.add %1173, %1176 : tensor<f32>
    %1181 = stablehlo.multiply %608, %608 : tensor<128xf32>
    %1182 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1183 = "stablehlo.reduce"(%1181, %1182) ({
    ^bb0(%1184: tensor<f32>, %1185: tensor<f32>):
      %1186 = stablehlo.add %1184, %1185 : tensor<f32>
      "stablehlo.return"(%1186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1187 = stablehlo.add %1180, %1183 : tensor<f32>
    %1188 = stablehlo.multiply %594, %594 : tensor<64x128xf32>
    %1189 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1190 = "stablehlo.reduce"(%1188, %1189) ({
    ^bb0(%1191: tensor<f32>, %1192: tensor<f32>):
      %1193 = stablehlo.add %1191, %1192 : tensor<f32>
      "stablehlo.return"(%1193) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1194 = stablehlo.add %1187, %1190 : tensor<f32>
    %1195 = stablehlo.multiply %589, %589 : tensor<64xf32>
    %1196 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1197 = "stablehlo.reduce"(%1195, %1196) ({
    ^bb0(%1198: tensor<f32>, %1199: tensor<f32>):
      %1200 = stablehlo.add %1198, %1199 : tensor<f32>
      "stablehlo.return"(%1200) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1201 = stablehlo.add %1194, %1197 : tensor<f32>
    %1202 = stablehlo.multiply %553, %553 : tensor<64xf32>
    %1203 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1204 = "stablehlo.reduce"(%1202, %1203) ({
    ^bb0(%1205: tensor<f32>, %1206: tensor<f32>):
      %1207 = stablehlo.add %1205, %1206 : tensor<f32>
      "stablehlo.return"(%1207) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1208 = stablehlo.add %1201, %1204 : tensor<f32>
    %1209 = stablehlo.multiply %546, %546 : tensor<64xf32>
    %1210 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1211 = "stablehlo.reduce"(%1209, %1210) ({
    ^bb0(%1212: tensor<f32>, %1213: tensor<f32>):
      %1214 = stablehlo.add %1212, %1213 : tensor<f32>
      "stablehlo.return"(%1214) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1215 = stablehlo.add %1208, %1211 : tensor<f32>
    %1216 = stablehlo.multiply %541, %541 : tensor<5x64xf32>
    %1217 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1218 = "stablehlo.reduce"(%1216, %1217) ({
    ^bb0(%1219: tensor<f32>, %1220: tensor<f32>):
      %1221 = stablehlo.add %1219, %1220 : tensor<f32>
      "stablehlo.return"(%1221) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1222 = stablehlo.add %1215, %1218 : tensor<f32>
    %1223 = stablehlo.multiply %536, %536 : tensor<5xf32>
    %1224 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1225 = "stablehlo.reduce"(%1223, %1224) ({
    ^bb0(%1226: tensor<f32>, %1227: tensor<f32>):
      %1228 = stablehlo.add %1226, %1227 : tensor<f32>
      "stablehlo.return"(%1228) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1229 = stablehlo.add %1222, %1225 : tensor<f32>
    %1230 = stablehlo.sqrt %1229 : tensor<f32>
    %1231 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1232 = "stablehlo.compare"(%1230, %1231) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1233 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1234 = "stablehlo.broadcast_in_dim"(%1233) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1235 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1236 = stablehlo.divide %1235, %1230 : tensor<f32>
    %1237 = "stablehlo.select"(%1232, %1234, %1236) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1239 = stablehlo.multiply %943, %1238 : tensor<1x1x64xf32>
    %1240 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1241 = stablehlo.multiply %935, %1240 : tensor<1x17x64xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1243 = stablehlo.multiply %950, %1242 : tensor<64x3x8x8xf32>
    %1244 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1245 = stablehlo.multiply %945, %1244 : tensor<64xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1247 = stablehlo.multiply %894, %1246 : tensor<64xf32>
    %1248 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1249 = stablehlo.multiply %887, %1248 : tensor<64xf32>
    %1250 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1251 = stablehlo.multiply %884, %1250 : tensor<64x64xf32>
    %1252 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1253 = stablehlo.multiply %879, %1252 : tensor<64xf32>
    %1254 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1255 = stablehlo.multiply %874, %1254 : tensor<64x64xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1257 = stablehlo.multiply %869, %1256 : tensor<64xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1259 = stablehlo.multiply %865, %1258 : tensor<64x64xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1261 = stablehlo.multiply %860, %1260 : tensor<64xf32>
    %1262 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1263 = stablehlo.multiply %835, %1262 : tensor<64x64xf32>
    %1264 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1265 = stablehlo.multiply %830, %1264 : tensor<64xf32>
    %1266 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1267 = stablehlo.multiply %793, %1266 : tensor<64xf32>
    %1268 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1269 = stablehlo.multiply %786, %1268 : tensor<64xf32>
    %1270 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1271 = stablehlo.multiply %784, %1270 : tensor<128x64xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1273 = stablehlo.multiply %779, %1272 : tensor<128xf32>
    %1274 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1275 = stablehlo.multiply %765, %1274 : tensor<64x128xf32>
    %1276 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1277 = stablehlo.multiply %760, %1276 : tensor<64xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1279 = stablehlo.multiply %723, %1278 : tensor<64xf32>
    %1280 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1281 = stablehlo.multiply %716, %1280 : tensor<64xf32>
    %1282 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1283 = stablehlo.multiply %713, %1282 : tensor<64x64xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1285 = stablehlo.multiply %708, %1284 : tensor<64xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1287 = stablehlo.multiply %703, %1286 : tensor<64x64xf32>
    %1288 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1289 = stablehlo.multiply %698, %1288 : tensor<64xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1291 = stablehlo.multiply %694, %1290 : tensor<64x64xf32>
    %1292 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1293 = stablehlo.multiply %689, %1292 : tensor<64xf32>
    %1294 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1295 = stablehlo.multiply %664, %1294 : tensor<64x64xf32>
    %1296 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1297 = stablehlo.multiply %659, %1296 : tensor<64xf32>
    %1298 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1299 = stablehlo.multiply %622, %1298 : tensor<64xf32>
    %1300 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1301 = stablehlo.multiply %615, %1300 : tensor<64xf32>
    %1302 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1303 = stablehlo.multiply %613, %1302 : tensor<128x64xf32>
    %1304 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1305 = stablehlo.multiply %608, %1304 : tensor<128xf32>
    %1306 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1307 = stablehlo.multiply %594, %1306 : tensor<64x128xf32>
    %1308 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1309 = stablehlo.multiply %589, %1308 : tensor<64xf32>
    %1310 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1311 = stablehlo.multiply %553, %1310 : tensor<64xf32>
    %1312 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1313 = stablehlo.multiply %546, %1312 : tensor<64xf32>
    %1314 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1315 = stablehlo.multiply %541, %1314 : tensor<5x64xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1317 = stablehlo.multiply %536, %1316 : tensor<5xf32>
    %1318 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1319 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1320 = stablehlo.multiply %1318, %1319 : tensor<f32>
    %1321 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1322 = stablehlo.add %1318, %1321 : tensor<f32>
    %1323 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1324 = stablehlo.minimum %1322, %1323 : tensor<f32>
    %1325 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1326 = stablehlo.multiply %1324, %1325 : tensor<f32>
    %1327 = stablehlo.cosine %1326 : tensor<f32>
    %1328 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1329 = stablehlo.add %1327, %1328 : tensor<f32>
    %1330 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1331 = stablehlo.multiply %1329, %1330 : tensor<f32>
    %1332 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1333 = "stablehlo.compare"(%1318, %1332) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1334 = "stablehlo.select"(%1333, %1320, %1331) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1335 = stablehlo.constant dense<1> : tensor<i32>
    %1336 = stablehlo.add %arg120, %1335 : tensor<i32>
    %1337 = "stablehlo.convert"(%1336) : (tensor<i32>) -> tensor<f32>
    %1338 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1339 = "stablehlo.broadcast_in_dim"(%1338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1340 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1341 = stablehlo.power %1340, %1337 : tensor<f32>
    %1342 = stablehlo.subtract %1339, %1341 : tensor<f32>
    %1343 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1345 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1346 = stablehlo.power %1345, %1337 : tensor<f32>
    %1347 = stablehlo.subtract %1344, %1346 : tensor<f32>
    %1348 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1349 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1350 = stablehlo.multiply %arg40, %1349 : tensor<1x1x64xf32>
    %1351 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1353 = stablehlo.multiply %1239, %1352 : tensor<1x1x64xf32>
    %1354 = stablehlo.add %1350, %1353 : tensor<1x1x64xf32>
    %1355 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1356 = "stablehlo.broadcast_in_dim"(%1355) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1357 = stablehlo.multiply %arg80, %1356 : tensor<1x1x64xf32>
    %1358 = stablehlo.multiply %1239, %1239 : tensor<1x1x64xf32>
    %1359 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1360 = "stablehlo.broadcast_in_dim"(%1359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1361 = stablehlo.multiply %1358, %1360 : tensor<1x1x64xf32>
    %1362 = stablehlo.add %1357, %1361 : tensor<1x1x64xf32>
    %1363 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1364 = stablehlo.divide %1354, %1363 : tensor<1x1x64xf32>
    %1365 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1366 = stablehlo.divide %1362, %1365 : tensor<1x1x64xf32>
    %1367 = stablehlo.sqrt %1366 : tensor<1x1x64xf32>
    %1368 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1370 = stablehlo.add %1367, %1369 : tensor<1x1x64xf32>
    %1371 = stablehlo.divide %1364, %1370 : tensor<1x1x64xf32>
    %1372 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1373 = stablehlo.multiply %1371, %1372 : tensor<1x1x64xf32>
    %1374 = stablehlo.subtract %arg0, %1373 : tensor<1x1x64xf32>
    %1375 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1376 = "stablehlo.broadcast_in_dim"(%1375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1377 = stablehlo.multiply %arg41, %1376 : tensor<1x17x64xf32>
    %1378 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1379 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1380 = stablehlo.multiply %1241, %1379 : tensor<1x17x64xf32>
    %1381 = stablehlo.add %1377, %1380 : tensor<1x17x64xf32>
    %1382 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1384 = stablehlo.multiply %arg81, %1383 : tensor<1x17x64xf32>
    %1385 = stablehlo.multiply %1241, %1241 : tensor<1x17x64xf32>
    %1386 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1388 = stablehlo.multiply %1385, %1387 : tensor<1x17x64xf32>
    %1389 = stablehlo.add %1384, %1388 : tensor<1x17x64xf32>
    %1390 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1391 = stablehlo.divide %1381, %1390 : tensor<1x17x64xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1393 = stablehlo.divide %1389, %1392 : tensor<1x17x64xf32>
    %1394 = stablehlo.sqrt %1393 : tensor<1x17x64xf32>
    %1395 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1397 = stablehlo.add %1394, %1396 : tensor<1x17x64xf32>
    %1398 = stablehlo.divide %1391, %1397 : tensor<1x17x64xf32>
    %1399 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1400 = stablehlo.multiply %1398, %1399 : tensor<1x17x64xf32>
    %1401 = stablehlo.subtract %arg1, %1400 : tensor<1x17x64xf32>
    %1402 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1403 = "stablehlo.broadcast_in_dim"(%1402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1404 = stablehlo.multiply %arg42, %1403 : tensor<64x3x8x8xf32>
    %1405 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1406 = "stablehlo.broadcast_in_dim"(%1405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1407 = stablehlo.multiply %1243, %1406 : tensor<64x3x8x8xf32>
    %1408 = stablehlo.add %1404, %1407 : tensor<64x3x8x8xf32>
    %1409 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1410 = "stablehlo.broadcast_in_dim"(%1409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1411 = stablehlo.multiply %arg82, %1410 : tensor<64x3x8x8xf32>
    %1412 = stablehlo.multiply %1243, %1243 : tensor<64x3x8x8xf32>
    %1413 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1414 = "stablehlo.broadcast_in_dim"(%1413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1415 = stablehlo.multiply %1412, %1414 : tensor<64x3x8x8xf32>
    %1416 = stablehlo.add %1411, %1415 : tensor<64x3x8x8xf32>
    %1417 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1418 = stablehlo.divide %1408, %1417 : tensor<64x3x8x8xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1420 = stablehlo.divide %1416, %1419 : tensor<64x3x8x8xf32>
    %1421 = stablehlo.sqrt %1420 : tensor<64x3x8x8xf32>
    %1422 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1423 = "stablehlo.broadcast_in_dim"(%1422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1424 = stablehlo.add %1421, %1423 : tensor<64x3x8x8xf32>
    %1425 = stablehlo.divide %1418, %1424 : tensor<64x3x8x8xf32>
    %1426 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1427 = "stablehlo.broadcast_in_dim"(%1426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1428 = stablehlo.multiply %arg2, %1427 : tensor<64x3x8x8xf32>
    %1429 = stablehlo.add %1425, %1428 : tensor<64x3x8x8xf32>
    %1430 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1431 = stablehlo.multiply %1429, %1430 : tensor<64x3x8x8xf32>
    %1432 = stablehlo.subtract %arg2, %1431 : tensor<64x3x8x8xf32>
    %1433 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1435 = stablehlo.multiply %arg43, %1434 : tensor<64xf32>
    %1436 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1437 = "stablehlo.broadcast_in_dim"(%1436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1438 = stablehlo.multiply %1245, %1437 : tensor<64xf32>
    %1439 = stablehlo.add %1435, %1438 : tensor<64xf32>
    %1440 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1441 = "stablehlo.broadcast_in_dim"(%1440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1442 = stablehlo.multiply %arg83, %1441 : tensor<64xf32>
    %1443 = stablehlo.multiply %1245, %1245 : tensor<64xf32>
    %1444 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1446 = stablehlo.multiply %1443, %1445 : tensor<64xf32>
    %1447 = stablehlo.add %1442, %1446 : tensor<64xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1449 = stablehlo.divide %1439, %1448 : tensor<64xf32>
    %1450 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1451 = stablehlo.divide %1447, %1450 : tensor<64xf32>
    %1452 = stablehlo.sqrt %1451 : tensor<64xf32>
    %1453 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1455 = stablehlo.add %1452, %1454 : tensor<64xf32>
    %1456 = stablehlo.divide %1449, %1455 : tensor<64xf32>
    %1457 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1458 = stablehlo.multiply %1456, %1457 : tensor<64xf32>
    %1459 = stablehlo.subtract %arg3, %1458 : tensor<64xf32>
    %1460 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1461 = "stablehlo.broadcast_in_dim"(%1460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1462 = stablehlo.multiply %arg44, %1461 : tensor<64xf32>
    %1463 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1464 = "stablehlo.broadcast_in_dim"(%1463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1465 = stablehlo.multiply %1247, %1464 : tensor<64xf32>
    %1466 = stablehlo.add %1462, %1465 : tensor<64xf32>
    %1467 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1468 = "stablehlo.broadcast_in_dim"(%1467) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1469 = stablehlo.multiply %arg84, %1468 : tensor<64xf32>
    %1470 = stablehlo.multiply %1247, %1247 : tensor<64xf32>
    %1471 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1472 = "stablehlo.broadcast_in_dim"(%1471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1473 = stablehlo.multiply %1470, %1472 : tensor<64xf32>
    %1474 = stablehlo.add %1469, %1473 : tensor<64xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1476 = stablehlo.divide %1466, %1475 : tensor<64xf32>
    %1477 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1478 = stablehlo.divide %1474, %1477 : tensor<64xf32>
    %1479 = stablehlo.sqrt %1478 : tensor<64xf32>
    %1480 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1481 = "stablehlo.broadcast_in_dim"(%1480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1482 = stablehlo.add %1479, %1481 : tensor<64xf32>
    %1483 = stablehlo.divide %1476, %1482 : tensor<64xf32>
    %1484 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1485 = stablehlo.multiply %1483, %1484 : tensor<64xf32>
    %1486 = stablehlo.subtract %arg4, %1485 : tensor<64xf32>
    %1487 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1488 = "stablehlo.broadcast_in_dim"(%1487) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1489 = stablehlo.multiply %arg45, %1488 : tensor<64xf32>
    %1490 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1491 = "stablehlo.broadcast_in_dim"(%1490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1492 = stablehlo.multiply %1249, %1491 : tensor<64xf32>
    %1493 = stablehlo.add %1489, %1492 : tensor<64xf32>
    %1494 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1496 = stablehlo.multiply %arg85, %1495 : tensor<64xf32>
    %1497 = stablehlo.multiply %1249, %1249 : tensor<64xf32>
    %1498 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1499 = "stablehlo.broadcast_in_dim"(%1498) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1500 = stablehlo.multiply %1497, %1499 : tensor<64xf32>
    %1501 = stablehlo.add %1496, %1500 : tensor<64xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1503 = stablehlo.divide %1493, %1502 : tensor<64xf32>
    %1504 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1505 = stablehlo.divide %1501, %1504 : tensor<64xf32>
    %1506 = stablehlo.sqrt %1505 : tensor<64xf32>
    %1507 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1508 = "stablehlo.broadcast_in_dim"(%1507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1509 = stablehlo.add %1506, %1508 : tensor<64xf32>
    %1510 = stablehlo.divide %1503, %1509 : tensor<64xf32>
    %1511 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1512 = stablehlo.multiply %1510, %1511 : tensor<64xf32>
    %1513 = stablehlo.subtract %arg5, %1512 : tensor<64xf32>
    %1514 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1515 = "stablehlo.broadcast_in_dim"(%1514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1516 = stablehlo.multiply %arg46, %1515 : tensor<64x64xf32>
    %1517 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1519 = stablehlo.multiply %1251, %1518 : tensor<64x64xf32>
    %1520 = stablehlo.add %1516, %1519 : tensor<64x64xf32>
    %1521 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1523 = stablehlo.multiply %arg86, %1522 : tensor<64x64xf32>
    %1524 = stablehlo.multiply %1251, %1251 : tensor<64x64xf32>
    %1525 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1526 = "stablehlo.broadcast_in_dim"(%1525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1527 = stablehlo.multiply %1524, %1526 : tensor<64x64xf32>
    %1528 = stablehlo.add %1523, %1527 : tensor<64x64xf32>
    %1529 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1530 = stablehlo.divide %1520, %1529 : tensor<64x64xf32>
    %1531 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1532 = stablehlo.divide %1528, %1531 : tensor<64x64xf32>
    %1533 = stablehlo.sqrt %1532 : tensor<64x64xf32>
    %1534 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1535 = "stablehlo.broadcast_in_dim"(%1534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1536 = stablehlo.add %1533, %1535 : tensor<64x64xf32>
    %1537 = stablehlo.divide %1530, %1536 : tensor<64x64xf32>
    %1538 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1540 = stablehlo.multiply %arg6, %1539 : tensor<64x64xf32>
    %1541 = stablehlo.add %1537, %1540 : tensor<64x64xf32>
    %1542 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1543 = stablehlo.multiply %1541, %1542 : tensor<64x64xf32>
    %1544 = stablehlo.subtract %arg6, %1543 : tensor<64x64xf32>
    %1545 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1546 = "stablehlo.broadcast_in_dim"(%1545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1547 = stablehlo.multiply %arg47, %1546 : tensor<64xf32>
    %1548 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1549 = "stablehlo.broadcast_in_dim"(%1548) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1550 = stablehlo.multiply %1253, %1549 : tensor<64xf32>
    %1551 = stablehlo.add %1547, %1550 : tensor<64xf32>
    %1552 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1554 = stablehlo.multiply %arg87, %1553 : tensor<64xf32>
    %1555 = stablehlo.multiply %1253, %1253 : tensor<64xf32>
    %1556 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1557 = "stablehlo.broadcast_in_dim"(%1556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1558 = stablehlo.multiply %1555, %1557 : tensor<64xf32>
    %1559 = stablehlo.add %1554, %1558 : tensor<64xf32>
    %1560 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1561 = stablehlo.divide %1551, %1560 : tensor<64xf32>
    %1562 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1563 = stablehlo.divide %1559, %1562 : tensor<64xf32>
    %1564 = stablehlo.sqrt %1563 : tensor<64xf32>
    %1565 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1566 = "stablehlo.broadcast_in_dim"(%1565) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1567 = stablehlo.add %1564, %1566 : tensor<64xf32>
    %1568 = stablehlo.divide %1561, %1567 : tensor<64xf32>
    %1569 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1570 = stablehlo.multiply %1568, %1569 : tensor<64xf32>
    %1571 = stablehlo.subtract %arg7, %1570 : tensor<64xf32>
    %1572 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1573 = "stablehlo.broadcast_in_dim"(%1572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1574 = stablehlo.multiply %arg48, %1573 : tensor<64x64xf32>
    %1575 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1576 = "stablehlo.broadcast_in_dim"(%1575) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1577 = stablehlo.multiply %1255, %1576 : tensor<64x64xf32>
    %1578 = stablehlo.add %1574, %1577 : tensor<64x64xf32>
    %1579 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1581 = stablehlo.multiply %arg88, %1580 : tensor<64x64xf32>
    %1582 = stablehlo.multiply %1255, %1255 : tensor<64x64xf32>
    %1583 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1584 = "stablehlo.broadcast_in_dim"(%1583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1585 = stablehlo.multiply %1582, %1584 : tensor<64x64xf32>
    %1586 = stablehlo.add %1581, %1585 : tensor<64x64xf32>
    %1587 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1588 = stablehlo.divide %1578, %1587 : tensor<64x64xf32>
    %1589 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1590 = stablehlo.divide %1586, %1589 : tensor<64x64xf32>
    %1591 = stablehlo.sqrt %1590 : tensor<64x64xf32>
    %1592 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1593 = "stablehlo.broadcast_in_dim"(%1592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1594 = stablehlo.add %1591, %1593 : tensor<64x64xf32>
    %1595 = stablehlo.divide %1588, %1594 : tensor<64x64xf32>
    %1596 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1597 = "stablehlo.broadcast_in_dim"(%1596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1598 = stablehlo.multiply %arg8, %1597 : tensor<64x64xf32>
    %1599 = stablehlo.add %1595, %1598 : tensor<64x64xf32>
    %1600 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1601 = stablehlo.multiply %1599, %1600 : tensor<64x64xf32>
    %1602 = stablehlo.subtract %arg8, %1601 : tensor<64x64xf32>
    %1603 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1604 = "stablehlo.broadcast_in_dim"(%1603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1605 = stablehlo.multiply %arg49, %1604 : tensor<64xf32>
    %1606 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1608 = stablehlo.multiply %1257, %1607 : tensor<64xf32>
    %1609 = stablehlo.add %1605, %1608 : tensor<64xf32>
    %1610 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1611 = "stablehlo.broadcast_in_dim"(%1610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1612 = stablehlo.multiply %arg89, %1611 : tensor<64xf32>
    %1613 = stablehlo.multiply %1257, %1257 : tensor<64xf32>
    %1614 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1616 = stablehlo.multiply %1613, %1615 : tensor<64xf32>
    %1617 = stablehlo.add %1612, %1616 : tensor<64xf32>
    %1618 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1619 = stablehlo.divide %1609, %1618 : tensor<64xf32>
    %1620 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1621 = stablehlo.divide %1617, %1620 : tensor<64xf32>
    %1622 = stablehlo.sqrt %1621 : tensor<64xf32>
    %1623 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1625 = stablehlo.add %1622, %1624 : tensor<64xf32>
    %1626 = stablehlo.divide %1619, %1625 : tensor<64xf32>
    %1627 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1628 = stablehlo.multiply %1626, %1627 : tensor<64xf32>
    %1629 = stablehlo.subtract %arg9, %1628 : tensor<64xf32>
    %1630 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1631 = "stablehlo.broadcast_in_dim"(%1630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1632 = stablehlo.multiply %arg50, %1631 : tensor<64x64xf32>
    %1633 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1634 = "stablehlo.broadcast_in_dim"(%1633) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1635 = stablehlo.multiply %1259, %1634 : tensor<64x64xf32>
    %1636 = stablehlo.add %1632, %1635 : tensor<64x64xf32>
    %1637 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1639 = stablehlo.multiply %arg90, %1638 : tensor<64x64xf32>
    %1640 = stablehlo.multiply %1259, %1259 : tensor<64x64xf32>
    %1641 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1642 = "stablehlo.broadcast_in_dim"(%1641) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1643 = stablehlo.multiply %1640, %1642 : tensor<64x64xf32>
    %1644 = stablehlo.add %1639, %1643 : tensor<64x64xf32>
    %1645 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1646 = stablehlo.divide %1636, %1645 : tensor<64x64xf32>
    %1647 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1648 = stablehlo.divide %1644, %1647 : tensor<64x64xf32>
    %1649 = stablehlo.sqrt %1648 : tensor<64x64xf32>
    %1650 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1651 = "stablehlo.broadcast_in_dim"(%1650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1652 = stablehlo.add %1649, %1651 : tensor<64x64xf32>
    %1653 = stablehlo.divide %1646, %1652 : tensor<64x64xf32>
    %1654 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1655 = "stablehlo.broadcast_in_dim"(%1654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1656 = stablehlo.multiply %arg10, %1655 : tensor<64x64xf32>
    %1657 = stablehlo.add %1653, %1656 : tensor<64x64xf32>
    %1658 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1659 = stablehlo.multiply %1657, %1658 : tensor<64x64xf32>
    %1660 = stablehlo.subtract %arg10, %1659 : tensor<64x64xf32>
    %1661 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1662 = "stablehlo.broadcast_in_dim"(%1661) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1663 = stablehlo.multiply %arg51, %1662 : tensor<64xf32>
    %1664 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1666 = stablehlo.multiply %1261, %1665 : tensor<64xf32>
    %1667 = stablehlo.add %1663, %1666 : tensor<64xf32>
    %1668 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1669 = "stablehlo.broadcast_in_dim"(%1668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1670 = stablehlo.multiply %arg91, %1669 : tensor<64xf32>
    %1671 = stablehlo.multiply %1261, %1261 : tensor<64xf32>
    %1672 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1674 = stablehlo.multiply %1671, %1673 : tensor<64xf32>
    %1675 = stablehlo.add %1670, %1674 : tensor<64xf32>
    %1676 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1677 = stablehlo.divide %1667, %1676 : tensor<64xf32>
    %1678 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1679 = stablehlo.divide %1675, %1678 : tensor<64xf32>
    %1680 = stablehlo.sqrt %1679 : tensor<64xf32>
    %1681 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1682 = "stablehlo.broadcast_in_dim"(%1681) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1683 = stablehlo.add %1680, %1682 : tensor<64xf32>
    %1684 = stablehlo.divide %1677, %1683 : tensor<64xf32>
    %1685 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1686 = stablehlo.multiply %1684, %1685 : tensor<64xf32>
    %1687 = stablehlo.subtract %arg11, %1686 : tensor<64xf32>
    %1688 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1689 = "stablehlo.broadcast_in_dim"(%1688) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1690 = stablehlo.multiply %arg52, %1689 : tensor<64x64xf32>
    %1691 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1692 = "stablehlo.broadcast_in_dim"(%1691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1693 = stablehlo.multiply %1263, %1692 : tensor<64x64xf32>
    %1694 = stablehlo.add %1690, %1693 : tensor<64x64xf32>
    %1695 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1696 = "stablehlo.broadcast_in_dim"(%1695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1697 = stablehlo.multiply %arg92, %1696 : tensor<64x64xf32>
    %1698 = stablehlo.multiply %1263, %1263 : tensor<64x64xf32>
    %1699 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1701 = stablehlo.multiply %1698, %1700 : tensor<64x64xf32>
    %1702 = stablehlo.add %1697, %1701 : tensor<64x64xf32>
    %1703 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1704 = stablehlo.divide %1694, %1703 : tensor<64x64xf32>
    %1705 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1706 = stablehlo.divide %1702, %1705 : tensor<64x64xf32>
    %1707 = stablehlo.sqrt %1706 : tensor<64x64xf32>
    %1708 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1710 = stablehlo.add %1707, %1709 : tensor<64x64xf32>
    %1711 = stablehlo.divide %1704, %1710 : tensor<64x64xf32>
    %1712 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1713 = "stablehlo.broadcast_in_dim"(%1712) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1714 = stablehlo.multiply %arg12, %1713 : tensor<64x64xf32>
    %1715 = stablehlo.add %1711, %1714 : tensor<64x64xf32>
    %1716 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1717 = stablehlo.multiply %1715, %1716 : tensor<64x64xf32>
    %1718 = stablehlo.subtract %arg12, %1717 : tensor<64x64xf32>
    %1719 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1720 = "stablehlo.broadcast_in_dim"(%1719) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1721 = stablehlo.multiply %arg53, %1720 : tensor<64xf32>
    %1722 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1724 = stablehlo.multiply %1265, %1723 : tensor<64xf32>
    %1725 = stablehlo.add %1721, %1724 : tensor<64xf32>
    %1726 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1728 = stablehlo.multiply %arg93, %1727 : tensor<64xf32>
    %1729 = stablehlo.multiply %1265, %1265 : tensor<64xf32>
    %1730 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1732 = stablehlo.multiply %1729, %1731 : tensor<64xf32>
    %1733 = stablehlo.add %1728, %1732 : tensor<64xf32>
    %1734 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1735 = stablehlo.divide %1725, %1734 : tensor<64xf32>
    %1736 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1737 = stablehlo.divide %1733, %1736 : tensor<64xf32>
    %1738 = stablehlo.sqrt %1737 : tensor<64xf32>
    %1739 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1740 = "stablehlo.broadcast_in_dim"(%1739) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1741 = stablehlo.add %1738, %1740 : tensor<64xf32>
    %1742 = stablehlo.divide %1735, %1741 : tensor<64xf32>
    %1743 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1744 = stablehlo.multiply %1742, %1743 : tensor<64xf32>
    %1745 = stablehlo.subtract %arg13, %1744 : tensor<64xf32>
    %1746 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1747 = "stablehlo.broadcast_in_dim"(%1746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1748 = stablehlo.multiply %arg54, %1747 : tensor<64xf32>
    %1749 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1751 = stablehlo.multiply %1267, %1750 : tensor<64xf32>
    %1752 = stablehlo.add %1748, %1751 : tensor<64xf32>
    %1753 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1754 = "stablehlo.broadcast_in_dim"(%1753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1755 = stablehlo.multiply %arg94, %1754 : tensor<64xf32>
    %1756 = stablehlo.multiply %1267, %1267 : tensor<64xf32>
    %1757 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1758 = "stablehlo.broadcast_in_dim"(%1757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1759 = stablehlo.multiply %1756, %1758 : tensor<64xf32>
    %1760 = stablehlo.add %1755, %1759 : tensor<64xf32>
    %1761 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1762 = stablehlo.divide %1752, %1761 : tensor<64xf32>
    %1763 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1764 = stablehlo.divide %1760, %1763 : tensor<64xf32>
    %1765 = stablehlo.sqrt %1764 : tensor<64xf32>
    %1766 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1767 = "stablehlo.broadcast_in_dim"(%1766) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1768 = stablehlo.add %1765, %1767 : tensor<64xf32>
    %1769 = stablehlo.divide %1762, %1768 : tensor<64xf32>
    %1770 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1771 = stablehlo.multiply %1769, %1770 : tensor<64xf32>
    %1772 = stablehlo.subtract %arg14, %1771 : tensor<64xf32>
    %1773 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1774 = "stablehlo.broadcast_in_dim"(%1773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1775 = stablehlo.multiply %arg55, %1774 : tensor<64xf32>
    %1776 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1777 = "stablehlo.broadcast_in_dim"(%1776) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1778 = stablehlo.multiply %1269, %1777 : tensor<64xf32>
    %1779 = stablehlo.add %1775, %1778 : tensor<64xf32>
    %1780 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1782 = stablehlo.multiply %arg95, %1781 : tensor<64xf32>
    %1783 = stablehlo.multiply %1269, %1269 : tensor<64xf32>
    %1784 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1785 = "stablehlo.broadcast_in_dim"(%1784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1786 = stablehlo.multiply %1783, %1785 : tensor<64xf32>
    %1787 = stablehlo.add %1782, %1786 : tensor<64xf32>
    %1788 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1789 = stablehlo.divide %1779, %1788 : tensor<64xf32>
    %1790 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1791 = stablehlo.divide %1787, %1790 : tensor<64xf32>
    %1792 = stablehlo.sqrt %1791 : tensor<64xf32>
    %1793 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1794 = "stablehlo.broadcast_in_dim"(%1793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1795 = stablehlo.add %1792, %1794 : tensor<64xf32>
    %1796 = stablehlo.divide %1789, %1795 : tensor<64xf32>
    %1797 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1798 = stablehlo.multiply %1796, %1797 : tensor<64xf32>
    %1799 = stablehlo.subtract %arg15, %1798 : tensor<64xf32>
    %1800 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1801 = "stablehlo.broadcast_in_dim"(%1800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1802 = stablehlo.multiply %arg56, %1801 : tensor<128x64xf32>
    %1803 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1804 = "stablehlo.broadcast_in_dim"(%1803) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1805 = stablehlo.multiply %1271, %1804 : tensor<128x64xf32>
    %1806 = stablehlo.add %1802, %1805 : tensor<128x64xf32>
    %1807 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1808 = "stablehlo.broadcast_in_dim"(%1807) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1809 = stablehlo.multiply %arg96, %1808 : tensor<128x64xf32>
    %1810 = stablehlo.multiply %1271, %1271 : tensor<128x64xf32>
    %1811 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1812 = "stablehlo.broadcast_in_dim"(%1811) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1813 = stablehlo.multiply %1810, %1812 : tensor<128x64xf32>
    %1814 = stablehlo.add %1809, %1813 : tensor<128x64xf32>
    %1815 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1816 = stablehlo.divide %1806, %1815 : tensor<128x64xf32>
    %1817 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1818 = stablehlo.divide %1814, %1817 : tensor<128x64xf32>
    %1819 = stablehlo.sqrt %1818 : tensor<128x64xf32>
    %1820 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1821 = "stablehlo.broadcast_in_dim"(%1820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1822 = stablehlo.add %1819, %1821 : tensor<128x64xf32>
    %1823 = stablehlo.divide %1816, %1822 : tensor<128x64xf32>
    %1824 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1825 = "stablehlo.broadcast_in_dim"(%1824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1826 = stablehlo.multiply %arg16, %1825 : tensor<128x64xf32>
    %1827 = stablehlo.add %1823, %1826 : tensor<128x64xf32>
    %1828 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1829 = stablehlo.multiply %1827, %1828 : tensor<128x64xf32>
    %1830 = stablehlo.subtract %arg16, %1829 : tensor<128x64xf32>
    %1831 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1832 = "stablehlo.broadcast_in_dim"(%1831) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1833 = stablehlo.multiply %arg57, %1832 : tensor<128xf32>
    %1834 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1835 = "stablehlo.broadcast_in_dim"(%1834) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1836 = stablehlo.multiply %1273, %1835 : tensor<128xf32>
    %1837 = stablehlo.add %1833, %1836 : tensor<128xf32>
    %1838 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1839 = "stablehlo.broadcast_in_dim"(%1838) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1840 = stablehlo.multiply %arg97, %1839 : tensor<128xf32>
    %1841 = stablehlo.multiply %1273, %1273 : tensor<128xf32>
    %1842 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1843 = "stablehlo.broadcast_in_dim"(%1842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1844 = stablehlo.multiply %1841, %1843 : tensor<128xf32>
    %1845 = stablehlo.add %1840, %1844 : tensor<128xf32>
    %1846 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1847 = stablehlo.divide %1837, %1846 : tensor<128xf32>
    %1848 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1849 = stablehlo.divide %1845, %1848 : tensor<128xf32>
    %1850 = stablehlo.sqrt %1849 : tensor<128xf32>
    %1851 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1852 = "stablehlo.broadcast_in_dim"(%1851) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1853 = stablehlo.add %1850, %1852 : tensor<128xf32>
    %1854 = stablehlo.divide %1847, %1853 : tensor<128xf32>
    %1855 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1856 = stablehlo.multiply %1854, %1855 : tensor<128xf32>
    %1857 = stablehlo.subtract %arg17, %1856 : tensor<128xf32>
    %1858 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1859 = "stablehlo.broadcast_in_dim"(%1858) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1860 = stablehlo.multiply %arg58, %1859 : tensor<64x128xf32>
    %1861 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1862 = "stablehlo.broadcast_in_dim"(%1861) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1863 = stablehlo.multiply %1275, %1862 : tensor<64x128xf32>
    %1864 = stablehlo.add %1860, %1863 : tensor<64x128xf32>
    %1865 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1866 = "stablehlo.broadcast_in_dim"(%1865) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1867 = stablehlo.multiply %arg98, %1866 : tensor<64x128xf32>
    %1868 = stablehlo.multiply %1275, %1275 : tensor<64x128xf32>
    %1869 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1870 = "stablehlo.broadcast_in_dim"(%1869) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1871 = stablehlo.multiply %1868, %1870 : tensor<64x128xf32>
    %1872 = stablehlo.add %1867, %1871 : tensor<64x128xf32>
    %1873 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1874 = stablehlo.divide %1864, %1873 : tensor<64x128xf32>
    %1875 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1876 = stablehlo.divide %1872, %1875 : tensor<64x128xf32>
    %1877 = stablehlo.sqrt %1876 : tensor<64x128xf32>
    %1878 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1879 = "stablehlo.broadcast_in_dim"(%1878) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1880 = stablehlo.add %1877, %1879 : tensor<64x128xf32>
    %1881 = stablehlo.divide %1874, %1880 : tensor<64x128xf32>
    %1882 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1883 = "stablehlo.broadcast_in_dim"(%1882) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1884 = stablehlo.multiply %arg18, %1883 : tensor<64x128xf32>
    %1885 = stablehlo.add %1881, %1884 : tensor<64x128xf32>
    %1886 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1887 = stablehlo.multiply %1885, %1886 : tensor<64x128xf32>
    %1888 = stablehlo.subtract %arg18, %1887 : tensor<64x128xf32>
    %1889 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1890 = "stablehlo.broadcast_in_dim"(%1889) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1891 = stablehlo.multiply %arg59, %1890 : tensor<64xf32>
    %1892 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1893 = "stablehlo.broadcast_in_dim"(%1892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1894 = stablehlo.multiply %1277, %1893 : tensor<64xf32>
    %1895 = stablehlo.add %1891, %1894 : tensor<64xf32>
    %1896 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1897 = "stablehlo.broadcast_in_dim"(%1896) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1898 = stablehlo.multiply %arg99, %1897 : tensor<64xf32>
    %1899 = stablehlo.multiply %1277, %1277 : tensor<64xf32>
    %1900 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1901 = "stablehlo.broadcast_in_dim"(%1900) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1902 = stablehlo.multiply %1899, %1901 : tensor<64xf32>
    %1903 = stablehlo.add %1898, %1902 : tensor<64xf32>
    %1904 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1905 = stablehlo.divide %1895, %1904 : tensor<64xf32>
    %1906 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1907 = stablehlo.divide %1903, %1906 : tensor<64xf32>
    %1908 = stablehlo.sqrt %1907 : tensor<64xf32>
    %1909 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1910 = "stablehlo.broadcast_in_dim"(%1909) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1911 = stablehlo.add %1908, %1910 : tensor<64xf32>
    %1912 = stablehlo.divide %1905, %1911 : tensor<64xf32>
    %1913 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1914 = stablehlo.multiply %1912, %1913 : tensor<64xf32>
    %1915 = stablehlo.subtract %arg19, %1914 : tensor<64xf32>
    %1916 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1917 = "stablehlo.broadcast_in_dim"(%1916) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1918 = stablehlo.multiply %arg60, %1917 : tensor<64xf32>
    %1919 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1920 = "stablehlo.broadcast_in_dim"(%1919) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1921 = stablehlo.multiply %1279, %1920 : tensor<64xf32>
    %1922 = stablehlo.add %1918, %1921 : tensor<64xf32>
    %1923 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1924 = "stablehlo.broadcast_in_dim"(%1923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1925 = stablehlo.multiply %arg100, %1924 : tensor<64xf32>
    %1926 = stablehlo.multiply %1279, %1279 : tensor<64xf32>
    %1927 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1928 = "stablehlo.broadcast_in_dim"(%1927) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1929 = stablehlo.multiply %1926, %1928 : tensor<64xf32>
    %1930 = stablehlo.add %1925, %1929 : tensor<64xf32>
    %1931 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1932 = stablehlo.divide %1922, %1931 : tensor<64xf32>
    %1933 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1934 = stablehlo.divide %1930, %1933 : tensor<64xf32>
    %1935 = stablehlo.sqrt %1934 : tensor<64xf32>
    %1936 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1937 = "stablehlo.broadcast_in_dim"(%1936) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1938 = stablehlo.add %1935, %1937 : tensor<64xf32>
    %1939 = stablehlo.divide %1932, %1938 : tensor<64xf32>
    %1940 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1941 = stablehlo.multiply %1939, %1940 : tensor<64xf32>
    %1942 = stablehlo.subtract %arg20, %1941 : tensor<64xf32>
    %1943 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1944 = "stablehlo.broadcast_in_dim"(%1943) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1945 = stablehlo.multiply %arg61, %1944 : tensor<64xf32>
    %1946 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1947 = "stablehlo.broadcast_in_dim"(%1946) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1948 = stablehlo.multiply %1281, %1947 : tensor<64xf32>
    %1949 = stablehlo.add %1945, %1948 : tensor<64xf32>
    %1950 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1951 = "stablehlo.broadcast_in_dim"(%1950) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1952 = stablehlo.multiply %arg101, %1951 : tensor<64xf32>
    %1953 = stablehlo.multiply %1281, %1281 : tensor<64xf32>
    %1954 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1955 = "stablehlo.broadcast_in_dim"(%1954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1956 = stablehlo.multiply %1953, %1955 : tensor<64xf32>
    %1957 = stablehlo.add %1952, %1956 : tensor<64xf32>
    %1958 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1959 = stablehlo.divide %1949, %1958 : tensor<64xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1961 = stablehlo.divide %1957, %1960 : tensor<64xf32>
    %1962 = stablehlo.sqrt %1961 : tensor<64xf32>
    %1963 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1964 = "stablehlo.broadcast_in_dim"(%1963) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1965 = stablehlo.add %1962, %1964 : tensor<64xf32>
    %1966 = stablehlo.divide %1959, %1965 : tensor<64xf32>
    %1967 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1968 = stablehlo.multiply %1966, %1967 : tensor<64xf32>
    %1969 = stablehlo.subtract %arg21, %1968 : tensor<64xf32>
    %1970 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1971 = "stablehlo.broadcast_in_dim"(%1970) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1972 = stablehlo.multiply %arg62, %1971 : tensor<64x64xf32>
    %1973 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1974 = "stablehlo.broadcast_in_dim"(%1973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1975 = stablehlo.multiply %1283, %1974 : tensor<64x64xf32>
    %1976 = stablehlo.add %1972, %1975 : tensor<64x64xf32>
    %1977 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1978 = "stablehlo.broadcast_in_dim"(%1977) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1979 = stablehlo.multiply %arg102, %1978 : tensor<64x64xf32>
    %1980 = stablehlo.multiply %1283, %1283 : tensor<64x64xf32>
    %1981 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1982 = "stablehlo.broadcast_in_dim"(%1981) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1983 = stablehlo.multiply %1980, %1982 : tensor<64x64xf32>
    %1984 = stablehlo.add %1979, %1983 : tensor<64x64xf32>
    %1985 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1986 = stablehlo.divide %1976, %1985 : tensor<64x64xf32>
    %1987 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1988 = stablehlo.divide %1984, %1987 : tensor<64x64xf32>
    %1989 = stablehlo.sqrt %1988 : tensor<64x64xf32>
    %1990 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1991 = "stablehlo.broadcast_in_dim"(%1990) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1992 = stablehlo.add %1989, %1991 : tensor<64x64xf32>
    %1993 = stablehlo.divide %1986, %1992 : tensor<64x64xf32>
    %1994 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1995 = "stablehlo.broadcast_in_dim"(%1994) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1996 = stablehlo.multiply %arg22, %1995 : tensor<64x64xf32>
    %1997 = stablehlo.add %1993, %1996 : tensor<64x64xf32>
    %1998 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1999 = stablehlo.multiply %1997, %1998 : tensor<64x64xf32>
    %2000 = stablehlo.subtract %arg22, %1999 : tensor<64x64xf32>
    %2001 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2002 = "stablehlo.broadcast_in_dim"(%2001) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2003 = stablehlo.multiply %arg63, %2002 : tensor<64xf32>
    %2004 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2005 = "stablehlo.broadcast_in_dim"(%2004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2006 = stablehlo.multiply %1285, %2005 : tensor<64xf32>
    %2007 = stablehlo.add %2003, %2006 : tensor<64xf32>
    %2008 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2009 = "stablehlo.broadcast_in_dim"(%2008) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2010 = stablehlo.multiply %arg103, %2009 : tensor<64xf32>
    %2011 = stablehlo.multiply %1285, %1285 : tensor<64xf32>
    %2012 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2013 = "stablehlo.broadcast_in_dim"(%2012) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2014 = stablehlo.multiply %2011, %2013 : tensor<64xf32>
    %2015 = stablehlo.add %2010, %2014 : tensor<64xf32>
    %2016 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2017 = stablehlo.divide %2007, %2016 : tensor<64xf32>
    %2018 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2019 = stablehlo.divide %2015, %2018 : tensor<64xf32>
    %2020 = stablehlo.sqrt %2019 : tensor<64xf32>
    %2021 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2022 = "stablehlo.broadcast_in_dim"(%2021) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2023 = stablehlo.add %2020, %2022 : tensor<64xf32>
    %2024 = stablehlo.divide %2017, %2023 : tensor<64xf32>
    %2025 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2026 = stablehlo.multiply %2024, %2025 : tensor<64xf32>
    %2027 = stablehlo.subtract %arg23, %2026 : tensor<64xf32>
    %2028 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2029 = "stablehlo.broadcast_in_dim"(%2028) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2030 = stablehlo.multiply %arg64, %2029 : tensor<64x64xf32>
    %2031 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2032 = "stablehlo.broadcast_in_dim"(%2031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2033 = stablehlo.multiply %1287, %2032 : tensor<64x64xf32>
    %2034 = stablehlo.add %2030, %2033 : tensor<64x64xf32>
    %2035 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2036 = "stablehlo.broadcast_in_dim"(%2035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2037 = stablehlo.multiply %arg104, %2036 : tensor<64x64xf32>
    %2038 = stablehlo.multiply %1287, %1287 : tensor<64x64xf32>
    %2039 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2040 = "stablehlo.broadcast_in_dim"(%2039) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2041 = stablehlo.multiply %2038, %2040 : tensor<64x64xf32>
    %2042 = stablehlo.add %2037, %2041 : tensor<64x64xf32>
    %2043 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2044 = stablehlo.divide %2034, %2043 : tensor<64x64xf32>
    %2045 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2046 = stablehlo.divide %2042, %2045 : tensor<64x64xf32>
    %2047 = stablehlo.sqrt %2046 : tensor<64x64xf32>
    %2048 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2049 = "stablehlo.broadcast_in_dim"(%2048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2050 = stablehlo.add %2047, %2049 : tensor<64x64xf32>
    %2051 = stablehlo.divide %2044, %2050 : tensor<64x64xf32>
    %2052 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2053 = "stablehlo.broadcast_in_dim"(%2052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2054 = stablehlo.multiply %arg24, %2053 : tensor<64x64xf32>
    %2055 = stablehlo.add %2051, %2054 : tensor<64x64xf32>
    %2056 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2057 = stablehlo.multiply %2055, %2056 : tensor<64x64xf32>
    %2058 = stablehlo.subtract %arg24, %2057 : tensor<64x64xf32>
    %2059 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2060 = "stablehlo.broadcast_in_dim"(%2059) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2061 = stablehlo.multiply %arg65, %2060 : tensor<64xf32>
    %2062 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2063 = "stablehlo.broadcast_in_dim"(%2062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2064 = stablehlo.multiply %1289, %2063 : tensor<64xf32>
    %2065 = stablehlo.add %2061, %2064 : tensor<64xf32>
    %2066 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2067 = "stablehlo.broadcast_in_dim"(%2066) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2068 = stablehlo.multiply %arg105, %2067 : tensor<64xf32>
    %2069 = stablehlo.multiply %1289, %1289 : tensor<64xf32>
    %2070 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2071 = "stablehlo.broadcast_in_dim"(%2070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2072 = stablehlo.multiply %2069, %2071 : tensor<64xf32>
    %2073 = stablehlo.add %2068, %2072 : tensor<64xf32>
    %2074 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2075 = stablehlo.divide %2065, %2074 : tensor<64xf32>
    %2076 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2077 = stablehlo.divide %2073, %2076 : tensor<64xf32>
    %2078 = stablehlo.sqrt %2077 : tensor<64xf32>
    %2079 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2080 = "stablehlo.broadcast_in_dim"(%2079) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2081 = stablehlo.add %2078, %2080 : tensor<64xf32>
    %2082 = stablehlo.divide %2075, %2081 : tensor<64xf32>
    %2083 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2084 = stablehlo.multiply %2082, %2083 : tensor<64xf32>
    %2085 = stablehlo.subtract %arg25, %2084 : tensor<64xf32>
    %2086 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2087 = "stablehlo.broadcast_in_dim"(%2086) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2088 = stablehlo.multiply %arg66, %2087 : tensor<64x64xf32>
    %2089 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2090 = "stablehlo.broadcast_in_dim"(%2089) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2091 = stablehlo.multiply %1291, %2090 : tensor<64x64xf32>
    %2092 = stablehlo.add %2088, %2091 : tensor<64x64xf32>
    %2093 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2094 = "stablehlo.broadcast_in_dim"(%2093) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2095 = stablehlo.multiply %arg106, %2094 : tensor<64x64xf32>
    %2096 = stablehlo.multiply %1291, %1291 : tensor<64x64xf32>
    %2097 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2098 = "stablehlo.broadcast_in_dim"(%2097) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2099 = stablehlo.multiply %2096, %2098 : tensor<64x64xf32>
    %2100 = stablehlo.add %2095, %2099 : tensor<64x64xf32>
    %2101 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2102 = stablehlo.divide %2092, %2101 : tensor<64x64xf32>
    %2103 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2104 = stablehlo.divide %2100, %2103 : tensor<64x64xf32>
    %2105 = stablehlo.sqrt %2104 : tensor<64x64xf32>
    %2106 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2107 = "stablehlo.broadcast_in_dim"(%2106) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2108 = stablehlo.add %2105, %2107 : tensor<64x64xf32>
    %2109 = stablehlo.divide %2102, %2108 : tensor<64x64xf32>
    %2110 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2111 = "stablehlo.broadcast_in_dim"(%2110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2112 = stablehlo.multiply %arg26, %2111 : tensor<64x64xf32>
    %2113 = stablehlo.add %2109, %2112 : tensor<64x64xf32>
    %2114 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2115 = stablehlo.multiply %2113, %2114 : tensor<64x64xf32>
    %2116 = stablehlo.subtract %arg26, %2115 : tensor<64x64xf32>
    %2117 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2118 = "stablehlo.broadcast_in_dim"(%2117) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2119 = stablehlo.multiply %arg67, %2118 : tensor<64xf32>
    %2120 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2121 = "stablehlo.broadcast_in_dim"(%2120) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2122 = stablehlo.multiply %1293, %2121 : tensor<64xf32>
    %2123 = stablehlo.add %2119, %2122 : tensor<64xf32>
    %2124 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2125 = "stablehlo.broadcast_in_dim"(%2124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2126 = stablehlo.multiply %arg107, %2125 : tensor<64xf32>
    %2127 = stablehlo.multiply %1293, %1293 : tensor<64xf32>
    %2128 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2130 = stablehlo.multiply %2127, %2129 : tensor<64xf32>
    %2131 = stablehlo.add %2126, %2130 : tensor<64xf32>
    %2132 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2133 = stablehlo.divide %2123, %2132 : tensor<64xf32>
    %2134 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2135 = stablehlo.divide %2131, %2134 : tensor<64xf32>
    %2136 = stablehlo.sqrt %2135 : tensor<64xf32>
    %2137 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2138 = "stablehlo.broadcast_in_dim"(%2137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2139 = stablehlo.add %2136, %2138 : tensor<64xf32>
    %2140 = stablehlo.divide %2133, %2139 : tensor<64xf32>
    %2141 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2142 = stablehlo.multiply %2140, %2141 : tensor<64xf32>
    %2143 = stablehlo.subtract %arg27, %2142 : tensor<64xf32>
    %2144 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2145 = "stablehlo.broadcast_in_dim"(%2144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2146 = stablehlo.multiply %arg68, %2145 : tensor<64x64xf32>
    %2147 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2148 = "stablehlo.broadcast_in_dim"(%2147) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2149 = stablehlo.multiply %1295, %2148 : tensor<64x64xf32>
    %2150 = stablehlo.add %2146, %2149 : tensor<64x64xf32>
    %2151 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2152 = "stablehlo.broadcast_in_dim"(%2151) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2153 = stablehlo.multiply %arg108, %2152 : tensor<64x64xf32>
    %2154 = stablehlo.multiply %1295, %1295 : tensor<64x64xf32>
    %2155 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2156 = "stablehlo.broadcast_in_dim"(%2155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2157 = stablehlo.multiply %2154, %2156 : tensor<64x64xf32>
    %2158 = stablehlo.add %2153, %2157 : tensor<64x64xf32>
    %2159 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2160 = stablehlo.divide %2150, %2159 : tensor<64x64xf32>
    %2161 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2162 = stablehlo.divide %2158, %2161 : tensor<64x64xf32>
    %2163 = stablehlo.sqrt %2162 : tensor<64x64xf32>
    %2164 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2165 = "stablehlo.broadcast_in_dim"(%2164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2166 = stablehlo.add %2163, %2165 : tensor<64x64xf32>
    %2167 = stablehlo.divide %2160, %2166 : tensor<64x64xf32>
    %2168 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2169 = "stablehlo.broadcast_in_dim"(%2168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2170 = stablehlo.multiply %arg28, %2169 : tensor<64x64xf32>
    %2171 = stablehlo.add %2167, %2170 : tensor<64x64xf32>
    %2172 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2173 = stablehlo.multiply %2171, %2172 : tensor<64x64xf32>
    %2174 = stablehlo.subtract %arg28, %2173 : tensor<64x64xf32>
    %2175 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2176 = "stablehlo.broadcast_in_dim"(%2175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2177 = stablehlo.multiply %arg69, %2176 : tensor<64xf32>
    %2178 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2179 = "stablehlo.broadcast_in_dim"(%2178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2180 = stablehlo.multiply %1297, %2179 : tensor<64xf32>
    %2181 = stablehlo.add %2177, %2180 : tensor<64xf32>
    %2182 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2183 = "stablehlo.broadcast_in_dim"(%2182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2184 = stablehlo.multiply %arg109, %2183 : tensor<64xf32>
    %2185 = stablehlo.multiply %1297, %1297 : tensor<64xf32>
    %2186 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2188 = stablehlo.multiply %2185, %2187 : tensor<64xf32>
    %2189 = stablehlo.add %2184, %2188 : tensor<64xf32>
    %2190 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2191 = stablehlo.divide %2181, %2190 : tensor<64xf32>
    %2192 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2193 = stablehlo.divide %2189, %2192 : tensor<64xf32>
    %2194 = stablehlo.sqrt %2193 : tensor<64xf32>
    %2195 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2196 = "stablehlo.broadcast_in_dim"(%2195) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2197 = stablehlo.add %2194, %2196 : tensor<64xf32>
    %2198 = stablehlo.divide %2191, %2197 : tensor<64xf32>
    %2199 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2200 = stablehlo.multiply %2198, %2199 : tensor<64xf32>
    %2201 = stablehlo.subtract %arg29, %2200 : tensor<64xf32>
    %2202 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2203 = "stablehlo.broadcast_in_dim"(%2202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2204 = stablehlo.multiply %arg70, %2203 : tensor<64xf32>
    %2205 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2206 = "stablehlo.broadcast_in_dim"(%2205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2207 = stablehlo.multiply %1299, %2206 : tensor<64xf32>
    %2208 = stablehlo.add %2204, %2207 : tensor<64xf32>
    %2209 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2210 = "stablehlo.broadcast_in_dim"(%2209) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2211 = stablehlo.multiply %arg110, %2210 : tensor<64xf32>
    %2212 = stablehlo.multiply %1299, %1299 : tensor<64xf32>
    %2213 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2214 = "stablehlo.broadcast_in_dim"(%2213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2215 = stablehlo.multiply %2212, %2214 : tensor<64xf32>
    %2216 = stablehlo.add %2211, %2215 : tensor<64xf32>
    %2217 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2218 = stablehlo.divide %2208, %2217 : tensor<64xf32>
    %2219 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2220 = stablehlo.divide %2216, %2219 : tensor<64xf32>
    %2221 = stablehlo.sqrt %2220 : tensor<64xf32>
    %2222 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2223 = "stablehlo.broadcast_in_dim"(%2222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2224 = stablehlo.add %2221, %2223 : tensor<64xf32>
    %2225 = stablehlo.divide %2218, %2224 : tensor<64xf32>
    %2226 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2227 = stablehlo.multiply %2225, %2226 : tensor<64xf32>
    %2228 = stablehlo.subtract %arg30, %2227 : tensor<64xf32>
    %2229 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2230 = "stablehlo.broadcast_in_dim"(%2229) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2231 = stablehlo.multiply %arg71, %2230 : tensor<64xf32>
    %2232 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2233 = "stablehlo.broadcast_in_dim"(%2232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2234 = stablehlo.multiply %1301, %2233 : tensor<64xf32>
    %2235 = stablehlo.add %2231, %2234 : tensor<64xf32>
    %2236 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2237 = "stablehlo.broadcast_in_dim"(%2236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2238 = stablehlo.multiply %arg111, %2237 : tensor<64xf32>
    %2239 = stablehlo.multiply %1301, %1301 : tensor<64xf32>
    %2240 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2241 = "stablehlo.broadcast_in_dim"(%2240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2242 = stablehlo.multiply %2239, %2241 : tensor<64xf32>
    %2243 = stablehlo.add %2238, %2242 : tensor<64xf32>
    %2244 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2245 = stablehlo.divide %2235, %2244 : tensor<64xf32>
    %2246 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2247 = stablehlo.divide %2243, %2246 : tensor<64xf32>
    %2248 = stablehlo.sqrt %2247 : tensor<64xf32>
    %2249 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2250 = "stablehlo.broadcast_in_dim"(%2249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2251 = stablehlo.add %2248, %2250 : tensor<64xf32>
    %2252 = stablehlo.divide %2245, %2251 : tensor<64xf32>
    %2253 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2254 = stablehlo.multiply %2252, %2253 : tensor<64xf32>
    %2255 = stablehlo.subtract %arg31, %2254 : tensor<64xf32>
    %2256 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2257 = "stablehlo.broadcast_in_dim"(%2256) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2258 = stablehlo.multiply %arg72, %2257 : tensor<128x64xf32>
    %2259 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2260 = "stablehlo.broadcast_in_dim"(%2259) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2261 = stablehlo.multiply %1303, %2260 : tensor<128x64xf32>
    %2262 = stablehlo.add %2258, %2261 : tensor<128x64xf32>
    %2263 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2264 = "stablehlo.broadcast_in_dim"(%2263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2265 = stablehlo.multiply %arg112, %2264 : tensor<128x64xf32>
    %2266 = stablehlo.multiply %1303, %1303 : tensor<128x64xf32>
    %2267 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2268 = "stablehlo.broadcast_in_dim"(%2267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2269 = stablehlo.multiply %2266, %2268 : tensor<128x64xf32>
    %2270 = stablehlo.add %2265, %2269 : tensor<128x64xf32>
    %2271 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2272 = stablehlo.divide %2262, %2271 : tensor<128x64xf32>
    %2273 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2274 = stablehlo.divide %2270, %2273 : tensor<128x64xf32>
    %2275 = stablehlo.sqrt %2274 : tensor<128x64xf32>
    %2276 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2277 = "stablehlo.broadcast_in_dim"(%2276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2278 = stablehlo.add %2275, %2277 : tensor<128x64xf32>
    %2279 = stablehlo.divide %2272, %2278 : tensor<128x64xf32>
    %2280 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2281 = "stablehlo.broadcast_in_dim"(%2280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2282 = stablehlo.multiply %arg32, %2281 : tensor<128x64xf32>
    %2283 = stablehlo.add %2279, %2282 : tensor<128x64xf32>
    %2284 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2285 = stablehlo.multiply %2283, %2284 : tensor<128x64xf32>
    %2286 = stablehlo.subtract %arg32, %2285 : tensor<128x64xf32>
    %2287 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2288 = "stablehlo.broadcast_in_dim"(%2287) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2289 = stablehlo.multiply %arg73, %2288 : tensor<128xf32>
    %2290 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2291 = "stablehlo.broadcast_in_dim"(%2290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2292 = stablehlo.multiply %1305, %2291 : tensor<128xf32>
    %2293 = stablehlo.add %2289, %2292 : tensor<128xf32>
    %2294 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2295 = "stablehlo.broadcast_in_dim"(%2294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2296 = stablehlo.multiply %arg113, %2295 : tensor<128xf32>
    %2297 = stablehlo.multiply %1305, %1305 : tensor<128xf32>
    %2298 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2299 = "stablehlo.broadcast_in_dim"(%2298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2300 = stablehlo.multiply %2297, %2299 : tensor<128xf32>
    %2301 = stablehlo.add %2296, %2300 : tensor<128xf32>
    %2302 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2303 = stablehlo.divide %2293, %2302 : tensor<128xf32>
    %2304 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2305 = stablehlo.divide %2301, %2304 : tensor<128xf32>
    %2306 = stablehlo.sqrt %2305 : tensor<128xf32>
    %2307 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2308 = "stablehlo.broadcast_in_dim"(%2307) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2309 = stablehlo.add %2306, %2308 : tensor<128xf32>
    %2310 = stablehlo.divide %2303, %2309 : tensor<128xf32>
    %2311 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2312 = stablehlo.multiply %2310, %2311 : tensor<128xf32>
    %2313 = stablehlo.subtract %arg33, %2312 : tensor<128xf32>
    %2314 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2315 = "stablehlo.broadcast_in_dim"(%2314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2316 = stablehlo.multiply %arg74, %2315 : tensor<64x128xf32>
    %2317 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2318 = "stablehlo.broadcast_in_dim"(%2317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2319 = stablehlo.multiply %1307, %2318 : tensor<64x128xf32>
    %2320 = stablehlo.add %2316, %2319 : tensor<64x128xf32>
    %2321 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2322 = "stablehlo.broadcast_in_dim"(%2321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2323 = stablehlo.multiply %arg114, %2322 : tensor<64x128xf32>
    %2324 = stablehlo.multiply %1307, %1307 : tensor<64x128xf32>
    %2325 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2326 = "stablehlo.broadcast_in_dim"(%2325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2327 = stablehlo.multiply %2324, %2326 : tensor<64x128xf32>
    %2328 = stablehlo.add %2323, %2327 : tensor<64x128xf32>
    %2329 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2330 = stablehlo.divide %2320, %2329 : tensor<64x128xf32>
    %2331 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2332 = stablehlo.divide %2328, %2331 : tensor<64x128xf32>
    %2333 = stablehlo.sqrt %2332 : tensor<64x128xf32>
    %2334 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2335 = "stablehlo.broadcast_in_dim"(%2334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2336 = stablehlo.add %2333, %2335 : tensor<64x128xf32>
    %2337 = stablehlo.divide %2330, %2336 : tensor<64x128xf32>
    %2338 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2339 = "stablehlo.broadcast_in_dim"(%2338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2340 = stablehlo.multiply %arg34, %2339 : tensor<64x128xf32>
    %2341 = stablehlo.add %2337, %2340 : tensor<64x128xf32>
    %2342 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2343 = stablehlo.multiply %2341, %2342 : tensor<64x128xf32>
    %2344 = stablehlo.subtract %arg34, %2343 : tensor<64x128xf32>
    %2345 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2346 = "stablehlo.broadcast_in_dim"(%2345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2347 = stablehlo.multiply %arg75, %2346 : tensor<64xf32>
    %2348 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2349 = "stablehlo.broadcast_in_dim"(%2348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2350 = stablehlo.multiply %1309, %2349 : tensor<64xf32>
    %2351 = stablehlo.add %2347, %2350 : tensor<64xf32>
    %2352 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2353 = "stablehlo.broadcast_in_dim"(%2352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2354 = stablehlo.multiply %arg115, %2353 : tensor<64xf32>
    %2355 = stablehlo.multiply %1309, %1309 : tensor<64xf32>
    %2356 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2358 = stablehlo.multiply %2355, %2357 : tensor<64xf32>
    %2359 = stablehlo.add %2354, %2358 : tensor<64xf32>
    %2360 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2361 = stablehlo.divide %2351, %2360 : tensor<64xf32>
    %2362 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2363 = stablehlo.divide %2359, %2362 : tensor<64xf32>
    %2364 = stablehlo.sqrt %2363 : tensor<64xf32>
    %2365 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2366 = "stablehlo.broadcast_in_dim"(%2365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2367 = stablehlo.add %2364, %2366 : tensor<64xf32>
    %2368 = stablehlo.divide %2361, %2367 : tensor<64xf32>
    %2369 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2370 = stablehlo.multiply %2368, %2369 : tensor<64xf32>
    %2371 = stablehlo.subtract %arg35, %2370 : tensor<64xf32>
    %2372 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2373 = "stablehlo.broadcast_in_dim"(%2372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2374 = stablehlo.multiply %arg76, %2373 : tensor<64xf32>
    %2375 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2376 = "stablehlo.broadcast_in_dim"(%2375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2377 = stablehlo.multiply %1311, %2376 : tensor<64xf32>
    %2378 = stablehlo.add %2374, %2377 : tensor<64xf32>
    %2379 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2380 = "stablehlo.broadcast_in_dim"(%2379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2381 = stablehlo.multiply %arg116, %2380 : tensor<64xf32>
    %2382 = stablehlo.multiply %1311, %1311 : tensor<64xf32>
    %2383 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2384 = "stablehlo.broadcast_in_dim"(%2383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2385 = stablehlo.multiply %2382, %2384 : tensor<64xf32>
    %2386 = stablehlo.add %2381, %2385 : tensor<64xf32>
    %2387 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2388 = stablehlo.divide %2378, %2387 : tensor<64xf32>
    %2389 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2390 = stablehlo.divide %2386, %2389 : tensor<64xf32>
    %2391 = stablehlo.sqrt %2390 : tensor<64xf32>
    %2392 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2393 = "stablehlo.broadcast_in_dim"(%2392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2394 = stablehlo.add %2391, %2393 : tensor<64xf32>
    %2395 = stablehlo.divide %2388, %2394 : tensor<64xf32>
    %2396 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2397 = stablehlo.multiply %2395, %2396 : tensor<64xf32>
    %2398 = stablehlo.subtract %arg36, %2397 : tensor<64xf32>
    %2399 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2400 = "stablehlo.broadcast_in_dim"(%2399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2401 = stablehlo.multiply %arg77, %2400 : tensor<64xf32>
    %2402 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2403 = "stablehlo.broadcast_in_dim"(%2402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2404 = stablehlo.multiply %1313, %2403 : tensor<64xf32>
    %2405 = stablehlo.add %2401, %2404 : tensor<64xf32>
    %2406 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2407 = "stablehlo.broadcast_in_dim"(%2406) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2408 = stablehlo.multiply %arg117, %2407 : tensor<64xf32>
    %2409 = stablehlo.multiply %1313, %1313 : tensor<64xf32>
    %2410 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2411 = "stablehlo.broadcast_in_dim"(%2410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2412 = stablehlo.multiply %2409, %2411 : tensor<64xf32>
    %2413 = stablehlo.add %2408, %2412 : tensor<64xf32>
    %2414 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2415 = stablehlo.divide %2405, %2414 : tensor<64xf32>
    %2416 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2417 = stablehlo.divide %2413, %2416 : tensor<64xf32>
    %2418 = stablehlo.sqrt %2417 : tensor<64xf32>
    %2419 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2420 = "stablehlo.broadcast_in_dim"(%2419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2421 = stablehlo.add %2418, %2420 : tensor<64xf32>
    %2422 = stablehlo.divide %2415, %2421 : tensor<64xf32>
    %2423 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2424 = stablehlo.multiply %2422, %2423 : tensor<64xf32>
    %2425 = stablehlo.subtract %arg37, %2424 : tensor<64xf32>
    %2426 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2427 = "stablehlo.broadcast_in_dim"(%2426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2428 = stablehlo.multiply %arg78, %2427 : tensor<5x64xf32>
    %2429 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2430 = "stablehlo.broadcast_in_dim"(%2429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2431 = stablehlo.multiply %1315, %2430 : tensor<5x64xf32>
    %2432 = stablehlo.add %2428, %2431 : tensor<5x64xf32>
    %2433 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2434 = "stablehlo.broadcast_in_dim"(%2433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2435 = stablehlo.multiply %arg118, %2434 : tensor<5x64xf32>
    %2436 = stablehlo.multiply %1315, %1315 : tensor<5x64xf32>
    %2437 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2438 = "stablehlo.broadcast_in_dim"(%2437) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2439 = stablehlo.multiply %2436, %2438 : tensor<5x64xf32>
    %2440 = stablehlo.add %2435, %2439 : tensor<5x64xf32>
    %2441 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2442 = stablehlo.divide %2432, %2441 : tensor<5x64xf32>
    %2443 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2444 = stablehlo.divide %2440, %2443 : tensor<5x64xf32>
    %2445 = stablehlo.sqrt %2444 : tensor<5x64xf32>
    %2446 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2447 = "stablehlo.broadcast_in_dim"(%2446) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2448 = stablehlo.add %2445, %2447 : tensor<5x64xf32>
    %2449 = stablehlo.divide %2442, %2448 : tensor<5x64xf32>
    %2450 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2451 = "stablehlo.broadcast_in_dim"(%2450) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2452 = stablehlo.multiply %arg38, %2451 : tensor<5x64xf32>
    %2453 = stablehlo.add %2449, %2452 : tensor<5x64xf32>
    %2454 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2455 = stablehlo.multiply %2453, %2454 : tensor<5x64xf32>
    %2456 = stablehlo.subtract %arg38, %2455 : tensor<5x64xf32>
    %2457 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2458 = "stablehlo.broadcast_in_dim"(%2457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2459 = stablehlo.multiply %arg79, %2458 : tensor<5xf32>
    %2460 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2461 = "stablehlo.broadcast_in_dim"(%2460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2462 = stablehlo.multiply %1317, %2461 : tensor<5xf32>
    %2463 = stablehlo.add %2459, %2462 : tensor<5xf32>
    %2464 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2466 = stablehlo.multiply %arg119, %2465 : tensor<5xf32>
    %2467 = stablehlo.multiply %1317, %1317 : tensor<5xf32>
    %2468 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2469 = "stablehlo.broadcast_in_dim"(%2468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2470 = stablehlo.multiply %2467, %2469 : tensor<5xf32>
    %2471 = stablehlo.add %2466, %2470 : tensor<5xf32>
    %2472 = "stablehlo.broadcast_in_dim"(%1342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2473 = stablehlo.divide %2463, %2472 : tensor<5xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%1347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2475 = stablehlo.divide %2471, %2474 : tensor<5xf32>
    %2476 = stablehlo.sqrt %2475 : tensor<5xf32>
    %2477 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2478 = "stablehlo.broadcast_in_dim"(%2477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2479 = stablehlo.add %2476, %2478 : tensor<5xf32>
    %2480 = stablehlo.divide %2473, %2479 : tensor<5xf32>
    %2481 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2482 = stablehlo.multiply %2480, %2481 : tensor<5xf32>
    %2483 = stablehlo.subtract %arg39, %2482 : tensor<5xf32>
    %2484 = stablehlo.constant dense<1> : tensor<i32>
    %2485 = stablehlo.add %arg120, %2484 : tensor<i32>
    return %1374, %1401, %1432, %1459, %1486, %1513, %1544, %1571, %1602, %1629, %1660, %1687, %1718, %1745, %1772, %1799, %1830, %1857, %1888, %1915, %1942, %1969, %2000, %2027, %2058, %2085, %2116, %2143, %2174, %2201, %2228, %2255, %2286, %2313, %2344, %2371, %2398, %2425, %2456, %2483, %1354, %1381, %1408, %1439, %1466, %1493, %1520, %1551, %1578, %1609, %1636, %1667, %1694, %1725, %1752, %1779, %1806, %1837, %1864, %1895, %1922, %1949, %1976, %2007, %2034, %2065, %2092, %2123, %2150, %2181, %2208, %2235, %2262, %2293, %2320, %2351, %2378, %2405, %2432, %2463, %1362, %1389, %1416, %1447, %1474, %1501, %1528, %1559, %1586, %1617, %1644, %1675, %1702, %1733, %1760, %1787, %1814, %1845, %1872, %1903, %1930, %1957, %1984, %2015, %2042, %2073, %2100, %2131, %2158, %2189, %2216, %2243, %2270, %2301, %2328, %2359, %2386, %2413, %2440, %2471, %2485, %485, %512, %1334, %1230 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
